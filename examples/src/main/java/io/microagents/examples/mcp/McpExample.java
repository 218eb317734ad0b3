package io.microagents.examples.mcp;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.TemporalTarget;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.steps.HistoryFollower;
import io.microagents.items.Message;
import io.microagents.mcp.McpAgents;
import io.microagents.mcp.McpServers;
import io.microagents.temporal.MicroagentsEnvironment;
import java.util.List;
import java.util.Map;

/**
 * An agent whose tools come from an MCP server: the bundled notes server, started by the
 * worker over stdio. Each MCP call is an activity named after the tool, as a Java tool's is.
 * The example runs a worker of its own (on its own task queue), since only it connects to
 * the server.
 */
public final class McpExample implements Example {

  @Override
  public String name() {
    return "mcp";
  }

  @Override
  public String description() {
    return "An agent using an MCP server's tools (a bundled stdio server), each call an activity";
  }

  @Override
  public List<String> defaultInput() {
    return List.of("What is on my todo list?");
  }

  @Override
  public Map<String, AgentScript> offlineScripts() {
    return NotesScript.scripts();
  }

  @Override
  public boolean startsOwnWorkers() {
    return true;
  }

  @Override
  public String run(ExampleSession session, List<String> input) throws Exception {
    TemporalTarget temporal = session.settings().temporal();
    try (McpAgents mcp = McpAgents.connect(NotesAgents.registry(), McpServers.of(NotesMcpServer.command()));
        MicroagentsEnvironment worker = MicroagentsEnvironment.builder()
            .registry(mcp.registry()).models(session.models())
            .address(temporal.address()).namespace(temporal.namespace()).workerOptions(temporal.workerOptions())
            .taskQueue(session.taskQueues().agents() + "-mcp").build()) {
      String id = session.newWorkflowId(name());
      worker.client().start(NotesAgents.NOTES, List.of(Message.user(String.join(" ", input))), session.runOptions(), id);
      try (HistoryFollower follower = new HistoryFollower(worker.workflowClient(), session.printer(), worker.client())) {
        follower.follow(id);
        String answer = worker.client().result(id).finalOutputText();
        follower.awaitPrinted(30);
        return answer;
      }
    }
  }
}
