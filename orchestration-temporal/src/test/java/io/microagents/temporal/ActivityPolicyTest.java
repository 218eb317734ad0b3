package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timeouts and retries: defaults, annotations on agent and tool, options per agent and tool, tool task queue. */
class ActivityPolicyTest {

  @Agent(instructions = "Use your tools.")
  @ActivityPolicy(startToCloseSeconds = 30, maximumAttempts = 3)
  public static class PolicyAgent {
    @Tool("Slow lookup")
    @ActivityPolicy(startToCloseSeconds = 5, maximumAttempts = 2, initialIntervalMillis = 200)
    public String slowLookup() {
      return "found";
    }

    @Tool("Plain lookup")
    public String plainLookup() {
      return "plain";
    }
  }

  @Agent(instructions = "Defaults only.")
  public static class DefaultAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private List<ActivityTaskScheduledEventAttributes> scheduled(String id) {
    return temporal.history(id).getEvents().stream()
        .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes).toList();
  }

  @Test
  void annotationsOnAgentAndToolOverrideTheDefaults() {
    ScriptedModel model = new ScriptedModel().thenToolCall("slow_lookup", "{}").thenToolCall("plain_lookup", "{}").thenMessage("ok");
    AgentClient client = temporal.start(AgentRegistry.of(PolicyAgent.class), model);
    String id = client.start(PolicyAgent.class, "go");
    client.result(id);

    List<ActivityTaskScheduledEventAttributes> s = scheduled(id);
    assertThat(s.get(0).getStartToCloseTimeout().getSeconds()).isEqualTo(30);
    assertThat(s.get(0).getRetryPolicy().getMaximumAttempts()).isEqualTo(3);
    assertThat(s.get(0).getRetryPolicy().getMaximumInterval().getSeconds()).isEqualTo(60);
    assertThat(s.get(1).getStartToCloseTimeout().getSeconds()).isEqualTo(5);
    assertThat(s.get(1).getRetryPolicy().getMaximumAttempts()).isEqualTo(2);
    assertThat(s.get(1).getRetryPolicy().getInitialInterval().getNanos()).isEqualTo(200_000_000);
    assertThat(s.get(3).getActivityType().getName()).isEqualTo("plain_lookup");
    assertThat(s.get(3).getStartToCloseTimeout().getSeconds()).isEqualTo(60);
    assertThat(s.get(3).getRetryPolicy().getMaximumAttempts()).isEqualTo(5);
  }

  @Test
  void theDocumentedDefaultsAndOptionsPerAgent() {
    MicroagentsOptions options = MicroagentsOptions.builder()
        .agent("PolicyAgent", ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_MODEL_ACTIVITY)
            .setStartToCloseTimeout(Duration.ofSeconds(7)).build())
        .build();
    ScriptedModel model = new ScriptedModel().thenMessage("a").thenMessage("b");
    AgentClient client = temporal.start(AgentRegistry.of(PolicyAgent.class, DefaultAgent.class), model, options);

    String plain = client.start(DefaultAgent.class, "go");
    client.result(plain);
    String overridden = client.start(PolicyAgent.class, "go");
    client.result(overridden);

    ActivityTaskScheduledEventAttributes d = scheduled(plain).get(0);
    assertThat(d.getStartToCloseTimeout().getSeconds()).isEqualTo(120);
    assertThat(d.getRetryPolicy().getInitialInterval().getSeconds()).isEqualTo(1);
    assertThat(d.getRetryPolicy().getBackoffCoefficient()).isEqualTo(2.0);
    assertThat(d.getRetryPolicy().getMaximumInterval().getSeconds()).isEqualTo(60);
    assertThat(d.getRetryPolicy().getMaximumAttempts()).isEqualTo(10);
    assertThat(scheduled(overridden).get(0).getStartToCloseTimeout().getSeconds()).isEqualTo(7);
  }

  @Test
  void toolsRunOnTheirOwnTaskQueueServedByAToolsOnlyWorker() {
    AgentRegistry registry = AgentRegistry.of(PolicyAgent.class);
    String toolQueue = temporal.taskQueue("tools");
    MicroagentsWorker.registerTools(temporal.newWorker("tools"), registry);
    ScriptedModel model = new ScriptedModel().thenToolCall("plain_lookup", "{}").thenMessage("ok");
    AgentClient client = temporal.start(registry, model, MicroagentsOptions.builder().toolTaskQueue(toolQueue).build());

    String id = client.start(PolicyAgent.class, "go");
    assertThat(client.result(id).finalOutputText()).isEqualTo("ok");

    List<ActivityTaskScheduledEventAttributes> s = scheduled(id);
    assertThat(s.get(0).getTaskQueue().getName()).isEqualTo(temporal.taskQueue(MicroagentsTestExtension.TASK_QUEUE));
    assertThat(s.get(1).getActivityType().getName()).isEqualTo("plain_lookup");
    assertThat(s.get(1).getTaskQueue().getName()).isEqualTo(toolQueue);
    temporal.replay(id);
  }
}
