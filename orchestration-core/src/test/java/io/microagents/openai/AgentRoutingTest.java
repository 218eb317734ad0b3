package io.microagents.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.ToolCall;
import io.microagents.run.RunResult;
import io.microagents.run.Runner;
import io.microagents.testing.FakeChatCompletions;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each request names its agent, so a fake server can script agents apart: two agents run as
 * tools in parallel (their calls in any order) each get their own answer.
 */
class AgentRoutingTest {

  @Agent(name = "French translator", instructions = "Translate to French.")
  public static class French {}

  @Agent(name = "German translator", instructions = "Translate to German.")
  public static class German {}

  @Agent(name = "orchestrator", instructions = "Translate with your tools.", agentTools = {French.class, German.class})
  public static class Orchestrator {}

  private final OpenAiFixture fake = new OpenAiFixture();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void agentsRunningInParallelEachGetTheirOwnScript() {
    fake.server.forAgent("orchestrator")
        .enqueue(FakeOpenAiResponses.toolCalls(
            new ToolCall("c1", "french_translator", "{\"input\":\"good morning\"}"),
            new ToolCall("c2", "german_translator", "{\"input\":\"good morning\"}")))
        .enqueue(FakeOpenAiResponses.text("bonjour / guten Morgen"));
    fake.server.forAgent("French translator").enqueue(FakeOpenAiResponses.text("bonjour"));
    fake.server.forAgent("German translator").enqueue(FakeOpenAiResponses.text("guten Morgen"));

    RunResult result;
    try (OpenAiModelProvider provider = new OpenAiModelProvider(fake.options)) {
      Runner runner = Runner.builder().registry(AgentRegistry.of(Orchestrator.class)).models(provider).build();
      result = runner.run(Orchestrator.class, "good morning");
    }

    assertThat(result.finalOutputText()).isEqualTo("bonjour / guten Morgen");
    assertThat(fake.server.requests(result.lastAgent())).hasSize(2);
    assertThat(fake.server.requests("French translator")).singleElement()
        .satisfies(r -> assertThat(r.header(AgentHeader.NAME)).isEqualTo("French+translator"));
    String toolOutputs = fake.server.requests("orchestrator").get(1).bodyText();
    assertThat(toolOutputs).contains("\"output\":\"bonjour\"").contains("\"output\":\"guten Morgen\"");
    assertThat(fake.server.remaining()).isZero();
  }

  @Test
  void chatCompletionsNameTheAgentToo() {
    fake.server.forAgent("assistant").enqueue(FakeChatCompletions.text("Hello"));
    OpenAiOptions chat = fake.options.toBuilder().api(OpenAiApi.CHAT_COMPLETIONS).build();

    try (OpenAiModelProvider provider = new OpenAiModelProvider(chat)) {
      provider.model("").call(OpenAiFixture.request(io.microagents.items.Message.user("Hi")));
    }

    List<RecordedRequest> requests = fake.server.requests("assistant");
    assertThat(requests).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo("/v1/chat/completions"));
  }
}
