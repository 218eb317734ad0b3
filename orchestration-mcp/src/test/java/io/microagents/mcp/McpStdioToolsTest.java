package io.microagents.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolOutput;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.PendingApproval;
import io.microagents.temporal.RunStatus;
import io.microagents.temporal.definition.ToolSnapshot;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stdio MCP server, started by the worker as a process of its own, serves tools in durable runs. */
class McpStdioToolsTest {

  @Agent(name = "NotesAgent", instructions = "Answer from the user's notes.", mcpServers = "notes")
  public static class NotesAgent {
    @Tool("Today's date")
    public String today() {
      return "2026-12-02";
    }
  }

  @Agent(name = "CarefulNotesAgent", instructions = "Add only what a person approves.", mcpServers = "notes",
      needsApproval = "notes_add")
  public static class CarefulNotesAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  static final ActivityOptions TWO_QUICK_ATTEMPTS = ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_TOOL_ACTIVITY)
      .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofMillis(100)).setMaximumAttempts(2).build())
      .build();

  private McpAgents mcp;

  private AgentClient start(ScriptedModel model, Class<?> agent) {
    McpServers servers = McpServers.of(StdioNotesServer.config("notes").prefix("notes_").deny("slow_note")
        .requestTimeout(Duration.ofSeconds(20)).build());
    mcp = McpAgents.connect(AgentRegistry.of(agent), servers);
    return temporal.start(mcp.registry(), model, MicroagentsOptions.builder().tool("notes_crash", TWO_QUICK_ATTEMPTS).build());
  }

  @AfterEach
  void close() {
    if (mcp != null) {
      mcp.close();
    }
  }

  @Test
  void theServersToolsAreCalledAsActivitiesNamedAfterThemAndRecordedInTheRunsDefinition() {
    ScriptedModel model = new ScriptedModel()
        .then(ScriptedStep.toolCall("notes_add", "{\"a\":2,\"b\":3}").andToolCall("notes_read_note", "{\"name\":\"todo\"}"))
        .thenMessage("5, and you should buy milk.");
    AgentClient client = start(model, NotesAgent.class);

    String id = client.start(NotesAgent.class, "What is 2+3, and what is on my todo list?");
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo("5, and you should buy milk.");
    assertThat(outputs(result)).containsExactly("5", "buy milk; call Ada");
    assertThat(Histories.activityTypes(temporal.history(id)))
        .containsExactly("microagents.ListTools", "ModelCall", "notes_add", "notes_read_note", "ModelCall");
    List<ToolSnapshot> tools = client.definition(id).agent("NotesAgent").tools();
    assertThat(tools).extracting(ToolSnapshot::name).containsExactly("today", "notes_add", "notes_read_note", "notes_crash");
    assertThat(tools.get(1).spec().strict()).isTrue(); // closed, all required: strict as given
    assertThat(tools.get(2).spec().strict()).isFalse(); // open object: sent non-strict
    assertThat(tools.get(2).spec().parameters().path("properties").path("name").path("description").asText()).isEqualTo("the note");
    assertThat(model.requests().get(0).tools()).extracting(t -> t.name()).contains("notes_add", "today");
    model.assertAllConsumed();
    temporal.replay(id);
  }

  @Test
  void anIsErrorResultGoesBackToTheModelAfterOneAttempt() {
    ScriptedModel model = new ScriptedModel().thenToolCall("notes_read_note", "{\"name\":\"groceries\"}")
        .thenMessage("There is no such note.");
    AgentClient client = start(model, NotesAgent.class);

    String id = client.start(NotesAgent.class, "Read my groceries note");
    RunResult result = client.result(id);

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("notes_read_note").contains("no note named 'groceries'; notes: todo, ideas");
    assertThat(Histories.count(temporal.history(id), "EVENT_TYPE_ACTIVITY_TASK_STARTED")).isEqualTo(4); // tool list, 2 model calls, the tool once
    temporal.replay(id);
  }

  @Test
  void aServerThatDiesMidCallIsRetriedOnANewProcessThenTheModelHearsOfItAndTheNextCallWorks() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("notes_crash", "{}")
        .thenToolCall("notes_add", "{\"a\":40,\"b\":2}")
        .thenMessage("The server crashed once; 42.");
    AgentClient client = start(model, NotesAgent.class);

    String id = client.start(NotesAgent.class, "crash, then add");
    RunResult result = client.result(id);

    List<ToolOutput> outs = result.newItems().stream().filter(i -> i instanceof ToolOutput).map(i -> (ToolOutput) i).toList();
    assertThat(outs.get(0).error()).isTrue();
    assertThat(outs.get(0).output()).contains("notes_crash").contains("MCP server 'notes' failed to call 'crash'");
    assertThat(outs.get(1).error()).isFalse();
    assertThat(outs.get(1).output()).isEqualTo("42");
    var crash = Histories.activities(temporal.history(id)).get(2);
    assertThat(crash.type()).isEqualTo("notes_crash");
    assertThat(crash.failure()).contains("failed to call 'crash'");
    assertThat(Histories.count(temporal.history(id), "EVENT_TYPE_ACTIVITY_TASK_STARTED")).isEqualTo(6); // tool list, 3 model calls, 2 attempts of crash
    temporal.replay(id);
  }

  @Test
  void anMcpToolNamedInNeedsApprovalWaitsForAPerson() {
    ScriptedModel model = new ScriptedModel().thenToolCall("notes_add", "{\"b\":3,\"a\":2}").thenMessage("Added: 5.");
    AgentClient client = start(model, CarefulNotesAgent.class);
    String id = client.start(CarefulNotesAgent.class, "add 2 and 3");

    RunStatus waiting = client.awaitPerson(id, Duration.ofSeconds(30));
    PendingApproval pending = waiting.approvals().get(0);
    assertThat(pending.tool()).isEqualTo("notes_add");
    assertThat(pending.arguments()).isEqualTo("{\"a\":2,\"b\":3}");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("microagents.ListTools", "ModelCall");
    client.decide(id, pending.callId(), true, null);
    RunResult result = client.result(id);

    assertThat(outputs(result)).containsExactly("5");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("microagents.ListTools", "ModelCall", "notes_add", "ModelCall");
    temporal.replay(id);
  }

  static List<String> outputs(RunResult result) {
    return result.newItems().stream().filter(i -> i instanceof ToolOutput).map(i -> ((ToolOutput) i).output()).toList();
  }
}
