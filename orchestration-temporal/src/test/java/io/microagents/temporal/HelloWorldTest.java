package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Message;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The smallest durable run: one agent, one model call, one activity. */
class HelloWorldTest {

  @Agent(instructions = "You only respond in haikus.", model = "gpt-4o-mini")
  public static class HaikuAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void oneModelActivityAndTheAnswer() {
    ScriptedModel model = new ScriptedModel().thenMessage("Loops call themselves\nfunctions within functions\nrecursion unwinds");
    AgentClient client = temporal.start(AgentRegistry.of(HaikuAgent.class), model);

    String id = client.start(HaikuAgent.class, "Tell me about recursion in programming.");
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).startsWith("Loops call themselves");
    assertThat(result.lastAgent()).isEqualTo("HaikuAgent");
    assertThat(result.usage().requests()).isEqualTo(1);
    var activities = Histories.activities(temporal.history(id));
    assertThat(activities).extracting(Histories.Activity::type).containsExactly(ModelActivity.TYPE);
    assertThat(activities.get(0).summary()).isEqualTo("HaikuAgent · gpt-4o-mini");
    assertThat(model.requests().get(0).instructions()).isEqualTo("You only respond in haikus.");
    model.assertAllConsumed();
    temporal.replay(id);
  }

  @Test
  void queryShowsTheCompletedRun() {
    ScriptedModel model = new ScriptedModel().thenMessage("Done.");
    AgentClient client = temporal.start(model, HaikuAgent.class);

    String id = client.start(HaikuAgent.class, "Hi");
    client.result(id);

    RunStatus status = client.state(id);
    assertThat(status.phase()).isEqualTo(RunStatus.Phase.COMPLETED);
    assertThat(status.currentAgent()).isEqualTo("HaikuAgent");
    assertThat(status.turn()).isEqualTo(1);
    assertThat(status.items()).isEqualTo(1);
    assertThat(client.items(id).toList()).containsExactly(Message.user("Hi"), Message.assistant("Done."));
  }

  @Test
  void aRunStartsWithTheCallersWorkflowOptions() {
    ScriptedModel model = new ScriptedModel().thenMessage("Done.");
    AgentClient client = temporal.start(model, HaikuAgent.class);
    String wanted = temporal.workflowId("haiku-with-deadline");

    String id = client.start(io.temporal.client.WorkflowOptions.newBuilder().setWorkflowId(wanted)
            .setWorkflowExecutionTimeout(java.time.Duration.ofMinutes(5)).build(),
        "HaikuAgent", java.util.List.of(io.microagents.items.Message.user("Hi")), null);

    assertThat(id).isEqualTo(wanted);
    assertThat(client.result(id).finalOutputText()).isEqualTo("Done.");
    var started = temporal.history(id).getEvents().get(0).getWorkflowExecutionStartedEventAttributes();
    assertThat(started.getWorkflowExecutionTimeout().getSeconds()).isEqualTo(300);
    assertThat(started.getTaskQueue().getName()).isNotEmpty();
  }
}
