package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Item;
import io.microagents.json.Json;
import io.microagents.model.ModelException;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.common.WorkflowExecutionHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The low-latency mode: model calls (and tools marked local) run as local activities, recorded
 * in markers; the model still gets the whole conversation, the history still holds every item
 * once, events and replay read the markers.
 */
class LowLatencyTest {

  @Agent(name = "looker", instructions = "Look things up.")
  public static class Looker {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Tool("Looks up a value")
    public String lookup(@Param(name = "n") int n) {
      CALLS.incrementAndGet();
      return "value " + n;
    }
  }

  @Agent(name = "quick", instructions = "Answer at once.")
  @ActivityPolicy(local = true)
  public static class Quick {
    @Tool("Adds one")
    @ActivityPolicy(local = true)
    public int plusOne(@Param(name = "n") int n) {
      return n + 1;
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private static ScriptedModel threeLookups() {
    return new ScriptedModel()
        .thenToolCall("lookup", "{\"n\":1}")
        .thenToolCall("lookup", "{\"n\":2}")
        .thenToolCall("lookup", "{\"n\":3}")
        .thenMessage("done");
  }

  private static MicroagentsOptions lowLatency() {
    return MicroagentsOptions.builder().lowLatency(LowLatency.allModelCalls()).build();
  }

  private static long scheduled(WorkflowExecutionHistory history, String type) {
    return history.getEvents().stream().filter(e -> e.hasActivityTaskScheduledEventAttributes()
        && e.getActivityTaskScheduledEventAttributes().getActivityType().getName().equals(type)).count();
  }

  @Test
  void modelCallsAreLocalActivitiesTheModelSeesTheWholeConversationAndHistoryHoldsEveryItemOnce() {
    ScriptedModel model = threeLookups();
    AgentClient client = temporal.start(AgentRegistry.of(Looker.class), model, lowLatency());

    String id = client.start(Looker.class, "look up three values");
    assertThat(client.result(id).finalOutputText()).isEqualTo("done");

    assertThat(model.requests()).extracting(r -> r.input().size()).containsExactly(1, 3, 5, 7);
    WorkflowExecutionHistory history = temporal.history(id);
    assertThat(scheduled(history, ModelActivity.TYPE)).isZero();
    assertThat(scheduled(history, "lookup")).isEqualTo(3); // tools stay regular activities
    List<Histories.Activity> models = Histories.activities(history).stream()
        .filter(a -> a.type().equals(ModelActivity.TYPE)).toList();
    assertThat(models).hasSize(4).allMatch(a -> a.result() != null && a.attempts() == 1);
    List<ModelRequest> recorded = models.stream()
        .map(a -> Json.convert(Json.parse(a.inputs().get(0)), ModelRequest.class)).toList();
    assertThat(recorded.get(0).priorInput()).isNull();
    assertThat(recorded.subList(1, 4)).allMatch(r -> r.priorInput() != null && r.input().size() == 2);

    List<Item> items = client.items(id).toList();
    assertThat(items).hasSize(8);
    assertThat(items.get(0)).isEqualTo(io.microagents.items.Message.user("look up three values"));
    assertThat(items).filteredOn(i -> i instanceof io.microagents.items.ToolOutput)
        .extracting(i -> ((io.microagents.items.ToolOutput) i).output()).containsExactly("value 1", "value 2", "value 3");
    assertThat(items.get(7)).isEqualTo(io.microagents.items.Message.assistant("done"));
    assertThat(client.definition(id).agent("looker").modelPolicy().local()).isTrue();
    temporal.replay(id);
  }

  @Test
  void anAgentAndAToolMarkedLocalNeedNoActivityTaskAndTheirEventsAreReadFromMarkers() throws Exception {
    ScriptedModel model = new ScriptedModel().thenToolCall("plus_one", "{\"n\":41}").thenMessage("42");
    AgentClient client = temporal.start(AgentRegistry.of(Quick.class), model, MicroagentsOptions.DEFAULTS);

    String id = client.start(Quick.class, "41 plus one");
    assertThat(client.result(id).finalOutputText()).isEqualTo("42");

    WorkflowExecutionHistory history = temporal.history(id);
    assertThat(history.getEvents()).noneMatch(e -> e.hasActivityTaskScheduledEventAttributes());
    assertThat(Histories.activityTypes(history)).containsExactly(ModelActivity.TYPE, "plus_one", ModelActivity.TYPE);
    assertThat(Histories.activities(history).get(1).result()).isEqualTo("\"42\""); // a tool's output, as JSON

    List<String> events = new ArrayList<>();
    try (RunEvents run = client.events(id)) {
      for (RunEvent e : (Iterable<RunEvent>) () -> run) {
        events.add(e.getClass().getSimpleName() + (e instanceof RunEvent.ToolCallFinished f ? ":" + f.output() : ""));
      }
    }
    assertThat(events).containsExactly("AgentStarted", "ModelCallStarted", "ModelCallFinished", "ToolCallStarted",
        "ToolCallFinished:42", "ModelCallStarted", "ModelCallFinished", "Finished");
    temporal.replay(id);
  }

  @Test
  void aRunContinuesAsNewAndAConversationGoesOnInTheLowLatencyMode() {
    ScriptedModel model = threeLookups().thenMessage("hello again");
    AgentClient client = temporal.start(AgentRegistry.of(Looker.class), model,
        MicroagentsOptions.builder().lowLatency(LowLatency.agents("looker")).turnsBeforeContinueAsNew(2).build());

    String id = client.start(Looker.class, "look up three values");
    assertThat(client.result(id).finalOutputText()).isEqualTo("done");
    assertThat(model.requests().get(3).input()).hasSize(7); // the carried conversation, offered in the new run
    assertThat(client.items(id).toList()).hasSize(8);
    temporal.replay(id);

    String chat = client.startConversation("looker", temporal.workflowId("local-chat"), null);
    assertThat(client.send(chat, "hi")).isEqualTo("hello again");
    assertThat(scheduled(temporal.history(chat), ModelActivity.TYPE)).isZero();
  }

  @Test
  void aLocalModelCallLongerThanTheWorkflowTaskTimeoutKeepsTheTaskAliveAndRunsOnce() {
    ScriptedModel model = new ScriptedModel().thenAnswer(request -> {
      try {
        Thread.sleep(2_500); // over the 1 s workflow task timeout below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new io.microagents.model.ModelResponse(List.of(io.microagents.items.Message.assistant("slow")),
          new io.microagents.model.Usage(1, 0, 0, 0), "r1");
    });
    AgentClient client = temporal.start(AgentRegistry.of(Looker.class), model, lowLatency());

    String id = client.start(io.temporal.client.WorkflowOptions.newBuilder().setWorkflowId(temporal.workflowId("slow-local"))
        .setWorkflowTaskTimeout(Duration.ofSeconds(1)).build(), "looker",
        List.of(io.microagents.items.Message.user("take your time")), null);

    assertThat(client.result(id).finalOutputText()).isEqualTo("slow");
    assertThat(model.requests()).hasSize(1);
    assertThat(temporal.history(id).getEvents()).noneMatch(e -> e.hasWorkflowTaskFailedEventAttributes()
        || e.hasWorkflowTaskTimedOutEventAttributes());
  }

  @Test
  void aLocalToolRunsOnTheWorkflowsWorkerWhenToolsHaveTheirOwnQueue() {
    ScriptedModel model = new ScriptedModel().thenToolCall("plus_one", "{\"n\":1}").thenMessage("2");
    AgentClient client = temporal.start(AgentRegistry.of(Quick.class), model,
        MicroagentsOptions.builder().toolTaskQueue("tools-nobody-serves").build());

    String id = client.start(Quick.class, "1 plus one");

    assertThat(client.result(id).finalOutputText()).isEqualTo("2");
    assertThat(model.requests().get(1).input().get(2)).isEqualTo(new io.microagents.items.ToolOutput("call_1", "2", false));
  }

  @Test
  void aFailedLocalModelCallIsRetriedByTheWorkerAndTheConversationIsRecordedOnce() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("lookup", "{\"n\":1}")
        .thenError(new ModelException("overloaded", 503, true, Duration.ofMillis(10), null))
        .thenMessage("done");
    AgentClient client = temporal.start(AgentRegistry.of(Looker.class), model, lowLatency());

    String id = client.start(Looker.class, "look up one value");
    assertThat(client.result(id).finalOutputText()).isEqualTo("done");

    assertThat(model.requests()).extracting(r -> r.input().size()).containsExactly(1, 3, 3);
    List<Histories.Activity> models = Histories.activities(temporal.history(id)).stream()
        .filter(a -> a.type().equals(ModelActivity.TYPE)).toList();
    assertThat(models).extracting(Histories.Activity::attempts).containsExactly(1, 2);
    assertThat(client.items(id).toList()).hasSize(4);
    temporal.replay(id);
  }
}
