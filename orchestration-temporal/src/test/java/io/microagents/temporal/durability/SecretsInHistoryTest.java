package io.microagents.temporal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolCall;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeReply;
import io.microagents.testing.RecordedRequest;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API key reaches the provider and nothing else: after runs with tools, an agent used as
 * a tool (a child workflow), a handoff, a retried 500 and a failing 401 whose text echoes the
 * key, the raw histories of every workflow hold no trace of it — not in JSON, not in any
 * event, not in any payload byte.
 */
class SecretsInHistoryTest {

  static final String KEY = "sk-test-SECRET-123";

  @Agent(name = "helper_agent", instructions = "Help.", handoffDescription = "Helps")
  public static class HelperAgent {}

  @Agent(name = "secret_agent", instructions = "Use everything.", agentTools = HelperAgent.class,
      handoffs = HelperAgent.class)
  public static class SecretAgent {
    @Tool("Echoes a text")
    public String echo(@Param(name = "text") String text) {
      return "echo: " + text;
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();
  private final FakeOpenAi openAi = FakeOpenAi.start(KEY);

  @BeforeAll
  static void warmUp() {
    FakeOpenAi.warmUp();
  }

  @AfterEach
  void close() {
    openAi.close();
  }

  @Test
  void theApiKeyIsSentToTheProviderAndAppearsInNoHistory() {
    AgentRegistry registry = AgentRegistry.of(SecretAgent.class);
    String helperTool = registry.agent("secret_agent").tools().stream()
        .filter(t -> !t.name().equals("echo")).findFirst().orElseThrow().name();
    AgentClient client = temporal.start(registry, openAi.provider);
    List<String> runs = new ArrayList<>();

    openAi.server.enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "echo", "{\"text\":\"hi\"}")))
        .enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("call_2", helperTool, "{\"input\":\"assist\"}")))
        .enqueue(FakeOpenAiResponses.text("helped"))
        .enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("call_3", "transfer_to_helper_agent", "{}")))
        .enqueue(FakeOpenAiResponses.text("all done"));
    runs.add(client.start(SecretAgent.class, "Do everything"));
    assertThat(Runs.result(client.workflowClient(), runs.get(0)).finalOutputText()).isEqualTo("all done");

    openAi.server.enqueue(FakeReply.error(500, "The server had an error")).enqueue(FakeOpenAiResponses.text("retried"));
    runs.add(client.start(HelperAgent.class, "Retry once"));
    assertThat(Runs.result(client.workflowClient(), runs.get(1)).finalOutputText()).isEqualTo("retried");

    // OpenAI echoes a malformed key in its 401 text: the failure says 401, and not the key.
    openAi.server.enqueue(FakeReply.error(401, "Incorrect API key provided: " + KEY + ". You can find your API key"
        + " at https://platform.openai.com/account/api-keys."));
    runs.add(client.start(HelperAgent.class, "Fail"));
    assertThat(Runs.failure(client.workflowClient(), runs.get(2))).hasStackTraceContaining("401")
        .hasStackTraceContaining("Incorrect API key provided: [REDACTED].");

    List<RecordedRequest> requests = openAi.server.requests();
    assertThat(requests).hasSize(8);
    assertThat(requests).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY));

    List<WorkflowExecutionHistory> histories = new ArrayList<>();
    for (String id : runs) {
      histories.addAll(HistoryChecks.tree(client.workflowClient(), id));
    }
    assertThat(histories).as("runs and child runs").hasSize(4);
    for (WorkflowExecutionHistory h : histories) {
      String id = h.getWorkflowExecution().getWorkflowId();
      assertThat(h.toJson(true)).as("JSON of " + id).contains("\"eventId\"").doesNotContain(KEY).doesNotContain("SECRET");
      for (HistoryEvent e : h.getEvents()) {
        assertThat(e.toString()).as("event " + e.getEventId() + " of " + id).doesNotContain("SECRET");
        assertThat(new String(e.toByteArray(), StandardCharsets.ISO_8859_1)).as("bytes of event " + e.getEventId())
            .doesNotContain("SECRET");
      }
    }
  }
}
