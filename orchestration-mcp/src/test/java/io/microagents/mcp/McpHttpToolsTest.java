package io.microagents.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.common.RetryOptions;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A streamable-HTTP MCP server on 127.0.0.1, behind a bearer token, serves tools in durable runs. */
class McpHttpToolsTest {

  static final String TOKEN = "tok-4b1d9e7a-secret";

  @Agent(name = "RemoteNotesAgent", instructions = "Answer from the user's notes.", mcpServers = "remote-notes")
  public static class RemoteNotesAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private HttpNotesServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = new HttpNotesServer(TOKEN);
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  private McpServers servers(String token) {
    return McpServers.of(McpServer.http("remote-notes", server.url()).header("Authorization", "Bearer " + token)
        .requestTimeout(Duration.ofSeconds(10)).build());
  }

  @Test
  void toolsAreListedAndCalledOverHttpWithTheWorkersHeadersWhichStayOutOfHistory() {
    ScriptedModel model = new ScriptedModel()
        .then(ScriptedStep.toolCall("add", "{\"a\":20,\"b\":22}").andToolCall("read_note", "{\"name\":\"nope\"}"))
        .thenMessage("42; no such note.");
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(RemoteNotesAgent.class), servers(TOKEN))) {
      AgentClient client = temporal.start(mcp.registry(), model);

      String id = client.start(RemoteNotesAgent.class, "add and read");
      RunResult result = client.result(id);

      assertThat(McpStdioToolsTest.outputs(result)).hasSize(2);
      assertThat(McpStdioToolsTest.outputs(result).get(0)).isEqualTo("42");
      assertThat(McpStdioToolsTest.outputs(result).get(1)).contains("no note named 'nope'");
      assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("microagents.ListTools", "ModelCall", "add", "read_note", "ModelCall");
      assertThat(temporal.history(id).toJson(false)).doesNotContain(TOKEN);
      temporal.replay(id);
    }
  }

  @Test
  void aServerThatGoesAwayIsCalledAgainOnANewConnectionOnceItIsBack() throws Exception {
    ScriptedModel model = new ScriptedModel().thenToolCall("add", "{\"a\":1,\"b\":2}").thenMessage("3");
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(RemoteNotesAgent.class), servers(TOKEN))) {
      int port = server.port();
      server.close(); // the worker's session is gone with it
      ActivityOptions retries = ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_TOOL_ACTIVITY)
          .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofSeconds(1)).setBackoffCoefficient(1)
              .setMaximumAttempts(30).build()).build();
      AgentClient client = temporal.start(mcp.registry(), model, MicroagentsOptions.builder().tool("add", retries).build());
      String id = client.start(RemoteNotesAgent.class, "1+2?");
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!anAttemptFailed(client, id, "add") && System.nanoTime() < deadline) { // connection refused
        Thread.sleep(50);
      }
      server = new HttpNotesServer(TOKEN, port);

      RunResult result = client.result(id);

      assertThat(McpStdioToolsTest.outputs(result)).containsExactly("3");
      var add = Histories.activities(temporal.history(id)).get(2);
      assertThat(add.type()).isEqualTo("add");
      assertThat(add.attempts()).isGreaterThan(1);
    }
  }

  @Test
  void aWrongTokenFailsAtStartupAndTheMessageDoesNotCarryIt() {
    String wrong = "tok-wrong-0000-secret";
    assertThatThrownBy(() -> McpAgents.connect(AgentRegistry.of(RemoteNotesAgent.class), servers(wrong)))
        .isInstanceOf(McpException.class)
        .hasMessageContaining("MCP server 'remote-notes'")
        .hasMessageNotContaining(wrong);
  }

  /** Whether the tool's activity is pending after a failed attempt (it waits for its retry). */
  private static boolean anAttemptFailed(AgentClient client, String workflowId, String tool) {
    WorkflowClient workflows = client.workflowClient();
    return workflows.getWorkflowServiceStubs().blockingStub().describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder().setNamespace(workflows.getOptions().getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId)).build())
        .getPendingActivitiesList().stream()
        .anyMatch(a -> a.getActivityType().getName().equals(tool) && a.getAttempt() >= 2);
  }
}
