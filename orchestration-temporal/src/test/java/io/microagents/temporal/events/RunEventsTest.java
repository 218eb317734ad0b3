package io.microagents.temporal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.stream.InJvmStreamTransport;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunEvents;
import io.temporal.common.WorkflowExecutionHistory;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The events of a run tree, in order, from history and the stream transport: handoffs, tools,
 * children, a person's wait, text deltas (a retried call's partial text marked), a cursor to
 * resume from, and a streamed run's history the same as an unstreamed one.
 */
@Timeout(60)
class RunEventsTest {

  @Agent(name = "desk", instructions = "Help, or escalate.", handoffs = Specialist.class)
  public static class Desk {
    @Tool("Looks the customer up")
    public String lookUp() {
      return "customer 42";
    }
  }

  @Agent(name = "specialist", handoffDescription = "Solves hard cases", instructions = "Solve it.")
  public static class Specialist {}

  @Agent(name = "lead", instructions = "Delegate.", agentTools = {Searcher.class})
  public static class Lead {}

  @Agent(name = "searcher", instructions = "Search.", handoffDescription = "Searches")
  public static class Searcher {}

  @Agent(name = "booker", instructions = "Book flights.")
  public static class Booker {
    @Tool(value = "Books a flight", needsApproval = true)
    public String bookFlight(@io.microagents.annotations.Param(name = "to") String to) {
      return "booked " + to;
    }
  }

  /** Model calls stream to a transport in this JVM, where the test's client reads them. */
  private static final MicroagentsOptions STREAMING = MicroagentsOptions.builder().streams(new InJvmStreamTransport()).build();

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private static List<RunEvent> all(RunEvents events) {
    List<RunEvent> out = new ArrayList<>();
    events.forEachRemaining(out::add);
    return out;
  }

  private static List<String> eventTypes(WorkflowExecutionHistory history) {
    return history.getEvents().stream().map(e -> e.getEventType().name()).toList();
  }

  private static String text(List<RunEvent> events, String path) {
    StringBuilder b = new StringBuilder();
    events.stream().filter(e -> e instanceof RunEvent.Delta d && d.path().equals(path))
        .forEach(e -> b.append(((RunEvent.Delta) e).delta().text()));
    return b.toString();
  }

  @Test
  void aHandoffRunsEventsComeInOrderWithItsTextStreamed() {
    StreamingScript model = new StreamingScript(new ScriptedModel()
        .thenToolCall("look_up", "{}").thenHandoff("specialist").thenMessage("Fixed it for customer 42."));
    AgentClient client = temporal.start(AgentRegistry.of(Desk.class), model, STREAMING);
    String id = client.start(Desk.class, "My printer", null, temporal.workflowId("handoff-events"));

    List<RunEvent> events;
    try (RunEvents stream = client.events(id)) {
      events = all(stream);
    }

    assertThat(events).filteredOn(e -> !(e instanceof RunEvent.Delta)).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("AgentStarted", "ModelCallStarted", "ModelCallFinished", "ToolCallStarted", "ToolCallFinished",
            "ModelCallStarted", "ModelCallFinished", "Handoff", "ModelCallStarted", "ModelCallFinished", "Finished");
    assertThat(events.get(0)).isEqualTo(new RunEvent.AgentStarted("", "desk"));
    assertThat(events).contains(new RunEvent.ToolCallFinished("", "look_up", "customer 42", false),
        new RunEvent.Handoff("", "desk", "specialist"));
    assertThat(text(events, "")).isEqualTo("Fixed it for customer 42.");
    int lastDelta = events.indexOf(events.stream().filter(RunEvent.Delta.class::isInstance).reduce((a, b) -> b).orElseThrow());
    assertThat(events.get(lastDelta + 1)).isInstanceOf(RunEvent.ModelCallFinished.class);
    assertThat(((RunEvent.Finished) events.get(events.size() - 1)).summary().finalOutputText()).isEqualTo("Fixed it for customer 42.");
  }

  @Test
  void aRetriedCallsPartialTextIsMarkedForDiscarding() {
    StreamingScript model = new StreamingScript(new ScriptedModel().thenMessage("The whole answer."))
        .failFirstStreamAfter("The wro");
    AgentClient client = temporal.start(AgentRegistry.of(Specialist.class), model, STREAMING);
    String id = client.start(Specialist.class, "Hi", null, temporal.workflowId("retry-events"));

    List<RunEvent> events = all(client.events(id));

    RunEvent.Delta first = (RunEvent.Delta) events.stream().filter(RunEvent.Delta.class::isInstance).findFirst().orElseThrow();
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(first.delta().text()).isEqualTo("The wro");
    int discarded = events.indexOf(new RunEvent.PartialOutputDiscarded("", first.call(), 2));
    assertThat(discarded).as("events: %s", events).isGreaterThan(events.indexOf(first));
    StringBuilder kept = new StringBuilder();
    events.subList(discarded, events.size()).stream().filter(RunEvent.Delta.class::isInstance)
        .forEach(e -> kept.append(((RunEvent.Delta) e).delta().text()));
    assertThat(kept.toString()).isEqualTo("The whole answer.");
  }

  @Test
  void childAgentsEventsCarryTheirPath() {
    ScriptedModel script = new ScriptedModel();
    script.forAgent("lead").thenToolCall("searcher", "{\"input\":\"cats\"}").thenMessage("Cats found.");
    script.forAgent("searcher").thenMessage("Three cats.");
    AgentClient client = temporal.start(AgentRegistry.of(Lead.class), new StreamingScript(script), STREAMING);
    String id = client.start(Lead.class, "Find cats", null, temporal.workflowId("tree-events"));

    List<RunEvent> events = all(client.events(id));

    assertThat(events).contains(new RunEvent.ChildStarted("searcher-1", "searcher", id + "/searcher-1"),
        new RunEvent.AgentStarted("searcher-1", "searcher"));
    assertThat(events.indexOf(new RunEvent.AgentStarted("searcher-1", "searcher")))
        .isGreaterThan(events.indexOf(new RunEvent.ChildStarted("searcher-1", "searcher", id + "/searcher-1")));
    assertThat(text(events, "searcher-1")).isEqualTo("Three cats.");
    assertThat(text(events, "")).isEqualTo("Cats found.");
    assertThat(events).filteredOn(RunEvent.Finished.class::isInstance).extracting(RunEvent::path)
        .containsExactlyInAnyOrder("searcher-1", "");
  }

  @Test
  void aFanOutOfFiveChildrenStreamsEachChildsTextUnderItsPath() {
    ScriptedModel script = new ScriptedModel();
    io.microagents.testing.ScriptedStep fanOut = io.microagents.testing.ScriptedStep.toolCall("searcher", "{\"input\":\"topic 1\"}");
    for (int i = 2; i <= 5; i++) {
      fanOut = fanOut.andToolCall("searcher", "{\"input\":\"topic " + i + "\"}");
    }
    script.forAgent("lead").then(fanOut).thenMessage("Five summaries.");
    for (int i = 0; i < 5; i++) {
      script.forAgent("searcher").then(io.microagents.testing.ScriptedStep.answer(r -> new io.microagents.model.ModelResponse(
          List.of(io.microagents.items.Message.assistant("Summary of " + ((io.microagents.items.Message) r.input().get(0)).content() + ".")),
          io.microagents.model.Usage.EMPTY, null)));
    }
    AgentClient client = temporal.start(AgentRegistry.of(Lead.class), script, STREAMING);
    String id = client.start(Lead.class, "Five topics", null, temporal.workflowId("fan-out-events"));

    List<RunEvent> events = all(client.events(id));

    List<String> children = events.stream().filter(RunEvent.ChildStarted.class::isInstance).map(RunEvent::path).toList();
    assertThat(children).hasSize(5).doesNotHaveDuplicates();
    for (String child : children) {
      assertThat(text(events, child)).matches("Summary of topic \\d\\.");
      assertThat(events.indexOf(new RunEvent.AgentStarted(child, "searcher")))
          .isGreaterThan(events.indexOf(events.stream().filter(e -> e instanceof RunEvent.ChildStarted c && c.path().equals(child)).findFirst().orElseThrow()));
    }
    assertThat(children.stream().map(c -> text(events, c))).containsExactlyInAnyOrder(
        "Summary of topic 1.", "Summary of topic 2.", "Summary of topic 3.", "Summary of topic 4.", "Summary of topic 5.");
    assertThat(events.get(events.size() - 1)).isInstanceOf(RunEvent.Finished.class);
    assertThat(events.get(events.size() - 1).path()).isEmpty();
  }

  @Test
  void aPersonsWaitIsAnEventWithTheIdToAnswer() {
    ScriptedModel script = new ScriptedModel().thenToolCall("book_flight", "{\"to\":\"Oslo\"}").thenMessage("Booked.");
    AgentClient client = temporal.start(AgentRegistry.of(Booker.class), script, STREAMING);
    String id = client.start(Booker.class, "Fly me", null, temporal.workflowId("wait-events"));

    try (RunEvents events = client.events(id)) {
      RunEvent e;
      do {
        e = events.next();
      } while (!(e instanceof RunEvent.WaitingForPerson));
      RunEvent.WaitingForPerson waiting = (RunEvent.WaitingForPerson) e;
      assertThat(waiting.approvals()).singleElement().satisfies(a -> assertThat(a.tool()).isEqualTo("book_flight"));
      client.decide(id, waiting.approvals().get(0).callId(), true, null);
      List<RunEvent> rest = new ArrayList<>();
      events.forEachRemaining(rest::add);
      assertThat(rest).extracting(ev -> ev.getClass().getSimpleName()).containsSubsequence("ToolCallFinished", "Finished");
    }
  }

  @Test
  void aReaderResumesFromItsCursorWithNothingLostOrTwice() {
    StreamingScript model = new StreamingScript(new ScriptedModel()
        .thenToolCall("look_up", "{}").thenHandoff("specialist").thenMessage("Fixed it for customer 42."));
    AgentClient client = temporal.start(AgentRegistry.of(Desk.class), model, STREAMING);
    String id = client.start(Desk.class, "My printer", null, temporal.workflowId("cursor-events"));
    List<RunEvent> whole = all(client.events(id));

    List<RunEvent> first = new ArrayList<>();
    String cursor;
    try (RunEvents events = client.events(id)) {
      for (int i = 0; i < 6; i++) {
        first.add(events.next());
      }
      cursor = events.cursor();
    }
    List<RunEvent> rest = all(client.events(id, cursor));

    List<RunEvent> joined = new ArrayList<>(first);
    joined.addAll(rest);
    assertThat(joined).isEqualTo(whole);
  }

  @Test
  void aStreamedRunsHistoryHasTheSameEventsAsAnUnstreamedOne() {
    ScriptedModel plain = new ScriptedModel().thenToolCall("look_up", "{}").thenMessage("Done for customer 42.");
    StreamingScript streamed = new StreamingScript(new ScriptedModel()
        .thenToolCall("look_up", "{}").thenMessage("Done for customer 42."));
    AgentClient client = temporal.start(AgentRegistry.of(Desk.class), name -> name != null && name.equals("plain") ? plain : streamed, STREAMING);
    String a = client.start(Desk.class, "Hi", io.microagents.run.RunOptions.builder().model("plain").build(), temporal.workflowId("plain"));
    String b = client.start(Desk.class, "Hi", io.microagents.run.RunOptions.builder().model("streamed").build(), temporal.workflowId("streamed"));
    client.summary(a);
    client.summary(b);

    assertThat(eventTypes(temporal.history(b))).isEqualTo(eventTypes(temporal.history(a)));
    assertThat(temporal.history(b).toJson(false)).doesNotContain("\"Don\"").doesNotContain("e f");
  }

  @Test
  void eventsOfAnUnknownRunAreAClearError() {
    AgentClient client = temporal.start(AgentRegistry.of(Desk.class), new ScriptedModel(), STREAMING);

    assertThatThrownBy(() -> client.events("no-such-run")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No run with workflow id 'no-such-run'");
  }
}
