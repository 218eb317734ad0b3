package io.microagents.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The warm-up goes through for both APIs: its canned answers still parse with this
 * openai-java, so a provider's first call finds the classes loaded (it fails silently
 * otherwise, and only this test would tell).
 */
class OpenAiWarmUpTest {

  @Test
  void theResponsesWarmUpBuildsARequestAndReadsAnAnswer() {
    assertThat(OpenAiWarmUp.run(OpenAiApi.RESPONSES)).isTrue();
  }

  @Test
  void theChatCompletionsWarmUpBuildsARequestAndReadsAnAnswer() {
    assertThat(OpenAiWarmUp.run(OpenAiApi.CHAT_COMPLETIONS)).isTrue();
  }
}
