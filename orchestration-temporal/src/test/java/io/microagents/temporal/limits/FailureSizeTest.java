package io.microagents.temporal.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.ActivityPolicy;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import io.microagents.run.ModelCallFailedException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a failure records stays under the server's 4 KB failure limit (past it, a real server
 * replaces it with "Failure exceeds size limit."), and still says why: the cause chain's
 * messages, and for a model endpoint that cannot be reached, its URL and the cause.
 */
class FailureSizeTest {

  static final int FAILURE_LIMIT = 4_000;

  @Agent(name = "failing", instructions = "Use your tool.")
  @ActivityPolicy(maximumAttempts = 2, initialIntervalMillis = 100)
  public static class FailingAgent {
    @Tool("Looks up the inventory")
    @ActivityPolicy(maximumAttempts = 2, initialIntervalMillis = 100)
    public String inventory() {
      return deep(150);
    }

    private static String deep(int depth) {
      if (depth > 0) {
        return deep(depth - 1);
      }
      throw new IllegalStateException("inventory lookup failed", new IOException("disk /var/lib/inventory is full",
          new RuntimeException("write of block 7 refused")));
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aToolFailureWithADeepStackIsRecordedSmallWithItsCauses() {
    ScriptedModel model = new ScriptedModel().thenToolCall("inventory", "{}").thenMessage("The inventory is down.");
    AgentClient client = temporal.start(AgentRegistry.of(FailingAgent.class), model);

    String id = client.start("failing", List.of(Message.user("stock?")), RunOptions.DEFAULTS, temporal.workflowId("deep"));
    RunResult result = client.result(id);

    String told = ((ToolOutput) result.newItems().get(1)).output();
    assertThat(told).contains("inventory lookup failed").contains("disk /var/lib/inventory is full")
        .contains("write of block 7 refused");
    Failure failure = client.workflowClient().fetchHistory(id).getEvents().stream()
        .filter(HistoryEvent::hasActivityTaskFailedEventAttributes)
        .map(e -> e.getActivityTaskFailedEventAttributes().getFailure()).findFirst().orElseThrow();
    assertThat(failure.getSerializedSize()).isLessThan(FAILURE_LIMIT);
    assertThat(failure.getMessage()).contains("inventory lookup failed").doesNotContain("exceeds size limit");
    assertThat(failure.getStackTrace()).contains("FailingAgent");
  }

  @Test
  void aModelEndpointThatRefusesConnectionsIsNamedWithTheCause() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    OpenAiModelProvider provider = new OpenAiModelProvider(OpenAiOptions.builder()
        .baseUrl("http://127.0.0.1:" + port + "/v1").apiKey("sk-test").build());
    AgentClient client = temporal.start(AgentRegistry.of(FailingAgent.class), provider);

    String id = client.start("failing", List.of(Message.user("stock?")), RunOptions.DEFAULTS, temporal.workflowId("refused"));

    assertThatThrownBy(() -> client.summary(id)).isInstanceOf(ModelCallFailedException.class)
        .hasMessageContaining("http://127.0.0.1:" + port + "/v1/responses").hasMessageContaining("Connection refused");
    HistoryEvent failed = client.workflowClient().fetchHistory(id).getLastEvent();
    assertThat(failed.getWorkflowExecutionFailedEventAttributes().getFailure().getSerializedSize()).isLessThan(FAILURE_LIMIT);
    provider.close();
  }
}
