package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Message;
import io.microagents.model.ModelResponse;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ids a workflow hands out stay unique across its continue-as-new: a question asked in a later
 * run never takes the id of one answered before (so a repeated answer cannot answer it), and a
 * child agent started by a later run never takes the id of one an earlier run started.
 */
class IdsAcrossContinueAsNewTest {

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aQuestionAskedAfterContinueAsNewHasANewIdAndARepeatedAnswerIsRejected() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("ask_human", "{\"question\":\"First?\"}")
        .thenToolCall("ask_human", "{\"question\":\"Second?\"}")
        .thenMessage("done");
    AgentClient client = temporal.start(AgentRegistry.builder().register(HumanInTheLoopTest.BOOKER).build(), model,
        MicroagentsOptions.builder().turnsBeforeContinueAsNew(1).build());
    String id = client.start("Booker", List.of(Message.user("Fly me")), null, temporal.workflowId("questions"));

    PendingQuestion first = Awaits.until(() -> client.state(id), s -> !s.questions().isEmpty()).questions().get(0);
    client.answer(id, first.id(), "one");
    PendingQuestion second = Awaits.until(() -> client.state(id),
        s -> !s.questions().isEmpty() && s.questions().get(0).question().equals("Second?")).questions().get(0);

    assertThat(first.id()).isEqualTo("q1");
    assertThat(second.id()).isEqualTo("q2");
    assertThatThrownBy(() -> client.answer(id, first.id(), "one again"))
        .isInstanceOf(WorkflowUpdateException.class);
    client.answer(id, second.id(), "two");
    RunResult result = client.result(id);
    assertThat(result.finalOutputText()).isEqualTo("done");
    assertThat(model.requests().get(2).input()).contains(io.microagents.items.ToolOutput.of(
        ((io.microagents.items.ToolCall) model.requests().get(2).input().get(3)).callId(), "two"));
    temporal.replay(id);
  }

  @Test
  void anAnswerDeliveredTwiceIsAppliedOnce() {
    ScriptedModel model = new ScriptedModel().thenToolCall("ask_human", "{\"question\":\"Where?\"}").thenMessage("done");
    AgentClient client = temporal.start(AgentRegistry.builder().register(HumanInTheLoopTest.BOOKER).build(), model);
    String id = client.start("Booker", List.of(Message.user("Fly me")), null, temporal.workflowId("twice-answered"));

    Awaits.until(() -> client.state(id), s -> !s.questions().isEmpty());
    client.answer(id, "q1", "Paris");
    client.answer(id, "q1", "Paris"); // a retry of a delivery: the update id is the question's, the server dedupes it

    assertThat(client.result(id).finalOutputText()).isEqualTo("done");
    assertThat(io.microagents.temporal.testing.Histories.count(temporal.history(id),
        "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED")).isEqualTo(1);
  }

  @Agent(name = "slow", instructions = "Answer.")
  public static class SlowAgent {}

  /** Starts a child agent, continues as new while it runs, and starts the same agent again. */
  @WorkflowInterface
  public interface TwiceWorkflow {
    @WorkflowMethod
    String run(int round);
  }

  public static class TwiceWorkflowImpl implements TwiceWorkflow {
    @Override
    public String run(int round) {
      if (round == 1) {
        Agents.runSummaryAsync("slow", List.of(Message.user("first")), null);
        Workflow.sleep(java.time.Duration.ofMillis(200)); // the child has started
        Workflow.continueAsNew(2);
      }
      return Agents.runSummary("slow", List.of(Message.user("second")), null).finalOutputText();
    }
  }

  @Test
  void aChildStartedAfterContinueAsNewDoesNotTakeTheIdOfOneStillRunning() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ScriptedModel model = new ScriptedModel();
    model.then(ScriptedStep.answer(r -> {
      await(release);
      return new ModelResponse(List.of(Message.assistant("late")), null, null);
    })).thenMessage("answered second");
    AgentClient client = temporal.start(AgentRegistry.of(SlowAgent.class), model, MicroagentsOptions.DEFAULTS,
        w -> w.registerWorkflowImplementationTypes(TwiceWorkflowImpl.class));
    String id = temporal.workflowId("twice");
    TwiceWorkflow wf = client.workflowClient().newWorkflowStub(TwiceWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(temporal.taskQueue(MicroagentsTestExtension.TASK_QUEUE))
            .setWorkflowId(id).build());

    try {
      assertThat(wf.run(1)).isEqualTo("answered second");
    } finally {
      release.countDown();
    }

    String child = client.workflowClient().fetchHistory(id).getEvents().stream()
        .filter(HistoryEvent::hasChildWorkflowExecutionStartedEventAttributes)
        .map(e -> e.getChildWorkflowExecutionStartedEventAttributes().getWorkflowExecution().getWorkflowId())
        .findFirst().orElseThrow();
    assertThat(child).startsWith(id + "/slow-1.").isNotEqualTo(id + "/slow-1");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
