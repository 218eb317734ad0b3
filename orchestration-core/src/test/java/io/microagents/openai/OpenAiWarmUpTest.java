package io.microagents.openai;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  void startBuildsTheClientOffTheCallersThread() {
    CompletableFuture<OpenAIClient> client = OpenAiWarmUp.start(OpenAiOptions.builder().apiKey("k").build(n -> null));

    OpenAIClient built = client.join();
    assertThat(built).isNotNull();
    built.close();
  }

  @Test
  void whatBuildingTheClientThrowsIsKept() {
    CompletableFuture<OpenAIClient> client = OpenAiWarmUp.start(OpenAiOptions.builder().build(n -> null));

    assertThatThrownBy(client::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("OPENAI_API_KEY");
  }

  @Test
  void theChatCompletionsWarmUpBuildsARequestAndReadsAnAnswer() {
    assertThat(OpenAiWarmUp.run(OpenAiApi.CHAT_COMPLETIONS)).isTrue();
  }
}
