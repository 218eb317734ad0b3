package io.microagents.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.definition.AgentSnapshot;
import io.microagents.temporal.definition.ToolSnapshot;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server's tool list is listed when each durable run starts, in an activity, from the
 * worker's cached list while it is younger than the server's {@code toolsRefresh}: a tool the
 * server adds reaches runs that start after the refresh, and each run keeps the list it got.
 */
class McpToolRefreshTest {

  @Agent(name = "MathAgent", instructions = "Compute with the tools.", mcpServers = "math")
  public static class MathAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private HttpNotesServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = new HttpNotesServer(McpHttpToolsTest.TOKEN);
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  private McpServers servers(Duration refresh) {
    return McpServers.of(McpServer.http("math", server.url()).header("Authorization", "Bearer " + McpHttpToolsTest.TOKEN)
        .allow("add", "multiply").toolsRefresh(refresh).build());
  }

  @Test
  void aToolTheServerAddsReachesRunsStartedAfterwardsAndEachRunKeepsItsList() {
    ScriptedModel model = new ScriptedModel().thenToolCall("add", "{\"a\":2,\"b\":3}").thenMessage("5")
        .thenToolCall("multiply", "{\"a\":6,\"b\":7}").thenMessage("42").thenMessage("no tools needed");
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(MathAgent.class), servers(Duration.ZERO))) {
      AgentClient client = temporal.start(mcp.registry(), model);
      String before = client.start(MathAgent.class, "2+3?");
      assertThat(client.result(before).finalOutputText()).isEqualTo("5");

      server.addTool(NotesTools.multiply()); // while the worker runs: it never restarts
      String after = client.start(MathAgent.class, "6*7?");
      RunResult result = client.result(after);

      assertThat(result.finalOutputText()).isEqualTo("42"); // a tool the worker's registry never had
      assertThat(Histories.activityTypes(temporal.history(after)))
          .containsExactly("microagents.ListTools", "ModelCall", "multiply", "ModelCall");
      assertThat(tools(client, before)).containsExactly("add");
      assertThat(tools(client, after)).containsExactly("add", "multiply");
      assertThat(model.requests("MathAgent").get(2).tools()).extracting(t -> t.name()).contains("multiply");
      temporal.replay(after);

      server.removeTool("multiply");
      String later = client.start(MathAgent.class, "anything?");
      client.result(later);
      assertThat(tools(client, later)).containsExactly("add");
      assertThat(tools(client, after)).containsExactly("add", "multiply"); // a finished run's record is unchanged
    }
  }

  @Test
  void withinTheRefreshIntervalRunsGetTheWorkersCachedList() {
    ScriptedModel model = new ScriptedModel().thenMessage("first").thenMessage("second");
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(MathAgent.class), servers(Duration.ofHours(1)))) {
      AgentClient client = temporal.start(mcp.registry(), model);
      server.addTool(NotesTools.multiply());
      String id = client.start(MathAgent.class, "hi");
      client.result(id);

      assertThat(tools(client, id)).containsExactly("add"); // listed at connect, an hour is not over
      assertThat(Histories.activityTypes(temporal.history(id))).startsWith("microagents.ListTools");
    }
  }

  @Test
  void aServerDownWhenARunStartsLeavesItTheLastListInsteadOfFailingIt() throws Exception {
    ScriptedModel model = new ScriptedModel().thenMessage("fine");
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(MathAgent.class), servers(Duration.ZERO))) {
      AgentClient client = temporal.start(mcp.registry(), model);
      server.close();
      String id = client.start(MathAgent.class, "hi");

      assertThat(client.result(id).finalOutputText()).isEqualTo("fine");
      assertThat(tools(client, id)).containsExactly("add");
      server = new HttpNotesServer(McpHttpToolsTest.TOKEN); // for @AfterEach
    }
  }

  private static List<String> tools(AgentClient client, String id) {
    AgentSnapshot agent = client.definition(id).agent("MathAgent");
    return agent.tools().stream().map(ToolSnapshot::name).toList();
  }
}
