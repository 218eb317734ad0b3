package io.microagents.openai;

import static io.microagents.openai.OpenAiFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.items.Message;
import io.microagents.model.ModelRequest;
import io.microagents.testing.FakeChatCompletions;
import io.microagents.testing.FakeOpenAiResponses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiModelProviderTest {

  private final OpenAiFixture fake = new OpenAiFixture();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void usesTheResponsesApiByDefault() {
    fake.server.enqueue(FakeOpenAiResponses.text("Hello"));

    try (OpenAiModelProvider provider = new OpenAiModelProvider(fake.options)) {
      assertThat(provider.model("gpt-4.1")).isInstanceOf(OpenAiResponsesModel.class);
      assertThat(provider.model("gpt-4.1").call(request(Message.user("Hi"))).output())
          .containsExactly(Message.assistant("Hello"));
    }
    assertThat(fake.server.lastRequest().path()).isEqualTo("/v1/responses");
  }

  @Test
  void usesChatCompletionsWhenAsked() {
    fake.server.enqueue(FakeChatCompletions.text("Hello"));
    OpenAiOptions chat = fake.options.toBuilder().api(OpenAiApi.CHAT_COMPLETIONS).build();

    try (OpenAiModelProvider provider = new OpenAiModelProvider(chat)) {
      assertThat(provider.model("gpt-4.1").call(request(Message.user("Hi"))).output())
          .containsExactly(Message.assistant("Hello"));
    }
    assertThat(fake.server.lastRequest().path()).isEqualTo("/v1/chat/completions");
  }

  @Test
  void anEmptyModelNameMeansTheDefaultModel() {
    fake.server.enqueue(FakeOpenAiResponses.text("Hello"));
    OpenAiOptions options = fake.options.toBuilder().defaultModel("my-default").build();

    try (OpenAiModelProvider provider = new OpenAiModelProvider(options)) {
      assertThat(((OpenAiResponsesModel) provider.model(null)).model()).isEqualTo("my-default");
      provider.model("").call(new ModelRequest("a", "", null, List.of(Message.user("Hi")),
          null, null, null));
    }
    assertThat(fake.lastBody().get("model").asText()).isEqualTo("my-default");
    assertThat(OpenAiOptions.builder().apiKey("k").build().defaultModel())
        .isEqualTo("gpt-4o-mini");
  }

  @Test
  void optionsFallBackToTheEnvironment() {
    Map<String, String> env = Map.of("OPENAI_BASE_URL", "http://localhost:1/v1",
        "OPENAI_API_KEY", "sk-from-env");

    OpenAiOptions fromEnv = OpenAiOptions.builder().build(env::get);
    OpenAiOptions explicit = OpenAiOptions.builder().apiKey("sk-explicit").build(env::get);
    OpenAiOptions none = OpenAiOptions.builder().build(name -> null);

    assertThat(fromEnv.baseUrl()).isEqualTo("http://localhost:1/v1");
    assertThat(fromEnv.apiKey()).isEqualTo("sk-from-env");
    assertThat(fromEnv.api()).isEqualTo(OpenAiApi.RESPONSES);
    assertThat(explicit.apiKey()).isEqualTo("sk-explicit");
    assertThat(none.baseUrl()).isEqualTo(OpenAiOptions.DEFAULT_BASE_URL);
    assertThat(none.timeout()).isEqualTo(OpenAiOptions.DEFAULT_TIMEOUT);
    assertThat(fromEnv.toString()).doesNotContain("sk-from-env").contains("apiKey=***");
  }

  @Test
  void closesBeforeItsClientIsUsed() {
    OpenAiModelProvider provider = new OpenAiModelProvider(fake.options);

    provider.close(); // waits for the client built on the warm-up thread, then releases it
    provider.close();
  }

  @Test
  void refusesToStartWithoutAnApiKey() {
    OpenAiOptions none = OpenAiOptions.builder().timeout(Duration.ofSeconds(1)).build(n -> null);

    assertThatThrownBy(() -> new OpenAiModelProvider(none))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPENAI_API_KEY");
  }
}
