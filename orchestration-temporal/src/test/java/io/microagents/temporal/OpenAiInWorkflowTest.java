package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.openai.OpenAiApi;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.FakeChatCompletions;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeOpenAiServer;
import io.microagents.testing.FakeReply;
import io.microagents.run.ModelCallFailedException;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real openai-java adapters, over HTTP to a fake server, as model activities. */
class OpenAiInWorkflowTest {

  public record Answer(String answer, double confidence) {}

  @Agent(instructions = "Be brief.")
  public static class BriefAgent {}

  @Agent(instructions = "Answer with confidence.", outputType = Answer.class)
  public static class StructuredAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();
  private final FakeOpenAiServer server = new FakeOpenAiServer().start();
  private OpenAiModelProvider provider;

  @AfterEach
  void close() {
    if (provider != null) {
      provider.close();
    }
    server.close();
  }

  private AgentClient start(OpenAiApi api) {
    provider = new OpenAiModelProvider(OpenAiOptions.builder().baseUrl(server.baseUrl()).apiKey("sk-test-secret-42")
        .api(api).timeout(Duration.ofSeconds(10)).build());
    return temporal.start(AgentRegistry.of(BriefAgent.class, StructuredAgent.class), provider);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500})
  void retryableStatusesAreRetriedByTemporal(int status) {
    server.enqueue(FakeReply.error(status, "try again later").withRetryAfter("1"));
    server.enqueue(FakeOpenAiResponses.text("Hello!"));
    AgentClient client = start(OpenAiApi.RESPONSES);

    String id = client.start(BriefAgent.class, "Hi");
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo("Hello!");
    assertThat(server.requestCount()).isEqualTo(2);
    var activities = Histories.activities(temporal.history(id));
    assertThat(activities).extracting(Histories.Activity::type).containsExactly("ModelCall");
    assertThat(activities.get(0).attempts()).isEqualTo(2);
    temporal.replay(id);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404})
  void otherClientErrorsFailAtOnceWithTheProvidersMessage(int status) {
    server.enqueue(FakeReply.error(status, "The model does not exist or you have no access"));
    AgentClient client = start(OpenAiApi.RESPONSES);

    String id = client.start(BriefAgent.class, "Hi");
    Throwable e = catchThrowable(() -> client.result(id));

    // The client throws it typed; the Temporal failure chain is its cause.
    assertThat(e).isInstanceOf(ModelCallFailedException.class);
    assertThat(((ModelCallFailedException) e).status()).isEqualTo(status);
    assertThat(e.getMessage()).contains(String.valueOf(status)).contains("no access");
    assertThat(e.getCause()).isInstanceOf(WorkflowFailedException.class);
    assertThat(e.getCause().getCause()).isInstanceOf(ActivityFailure.class);
    ApplicationFailure failure = (ApplicationFailure) e.getCause().getCause().getCause();
    assertThat(failure.getType()).isEqualTo("ModelException");
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains(String.valueOf(status)).contains("no access")
        .doesNotContain("sk-test-secret-42");
    assertThat(server.requestCount()).isEqualTo(1);
    temporal.replay(id);
  }

  @Test
  void chatCompletionsStructuredOutputIsTheWorkflowResult() {
    server.enqueue(FakeChatCompletions.json("{\"answer\":\"Paris\",\"confidence\":0.9}"));
    AgentClient client = start(OpenAiApi.CHAT_COMPLETIONS);

    String id = client.start(StructuredAgent.class, "Capital of France?");
    RunResult result = client.result(id);

    assertThat(result.finalOutput().isObject()).isTrue();
    assertThat(result.finalOutput(Answer.class)).isEqualTo(new Answer("Paris", 0.9));
    assertThat(server.lastRequest().path()).endsWith(FakeOpenAiServer.CHAT_COMPLETIONS_PATH);
    assertThat(server.lastRequest().body().path("response_format").path("type").asText()).isEqualTo("json_schema");
    temporal.replay(id);
  }
}
