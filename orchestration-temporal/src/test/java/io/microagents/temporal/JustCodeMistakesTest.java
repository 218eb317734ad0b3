package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.model.ModelException;
import io.microagents.run.AgentRunException;
import io.microagents.run.ModelCallFailedException;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mistakes in the just-code style fail the workflow at once, saying what is wrong — never a
 * workflow task retried forever — and a failed child's cause comes back typed.
 */
class JustCodeMistakesTest {

  public record Plan(String goal) {}

  public record Report(String text) {}

  @Agent(name = "planner", instructions = "Plan.", outputType = Plan.class)
  public static class PlannerAgent {}

  /** Not an agent. */
  public static class NotAnAgent {}

  @WorkflowInterface
  public interface Mistakes {
    @WorkflowMethod
    String run(String mistake);
  }

  public static class MistakesImpl implements Mistakes {
    @Override
    public String run(String mistake) {
      switch (mistake) {
        case "typed" -> {
          Report r = Agents.run(PlannerAgent.class, Report.class, "plan"); // compiles; the agent makes Plans
          return r.text();
        }
        case "unchecked" -> {
          Report r = Agents.run(PlannerAgent.class, "plan"); // compiles; fails where it is assigned
          return r.text();
        }
        case "not-an-agent" -> {
          return Agents.run(NotAnAgent.class, String.class, "hi");
        }
        case "child-fails" -> {
          try {
            return Agents.run(PlannerAgent.class, Plan.class, "plan").goal();
          } catch (RuntimeException e) {
            AgentRunException typed = Agents.failureOf(e).orElseThrow();
            return typed.getClass().getSimpleName() + " " + ((ModelCallFailedException) typed).status() + ": "
                + typed.getMessage();
          }
        }
        default -> {
          Plan p = Agents.runAsync(PlannerAgent.class, Plan.class, "plan", null,
              ChildWorkflowOptions.newBuilder().setWorkflowId("my-planner").build()).get();
          return p.goal();
        }
      }
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private String start(ScriptedModel model, String mistake) {
    AgentClient client = temporal.start(AgentRegistry.of(PlannerAgent.class), model, MicroagentsOptions.DEFAULTS,
        w -> MicroagentsWorker.registerWorkflows(w, MistakesImpl.class));
    String id = temporal.workflowId("mistake-" + mistake);
    WorkflowClient.start(client.workflowClient().newWorkflowStub(Mistakes.class, WorkflowOptions.newBuilder()
        .setTaskQueue(temporal.taskQueue(MicroagentsTestExtension.TASK_QUEUE)).setWorkflowId(id).build())::run, mistake);
    return id;
  }

  /** The workflow's failure, within 30 s: a run stuck retrying its task fails the test. */
  private WorkflowFailedException failure(String id) throws Exception {
    try {
      temporal.workflowClient().newUntypedWorkflowStub(id).getResult(30, TimeUnit.SECONDS, String.class);
      throw new AssertionError("expected " + id + " to fail");
    } catch (WorkflowFailedException e) {
      return e;
    }
  }

  @Test
  void askingForTheWrongOutputTypeFailsTheWorkflowAtOnce() throws Exception {
    String id = start(new ScriptedModel(), "typed");

    ApplicationFailure cause = (ApplicationFailure) failure(id).getCause();
    assertThat(cause.getOriginalMessage()).contains("Agent 'planner'").contains("produces " + Plan.class.getName())
        .contains("not " + Report.class.getName());
    assertThat(cause.isNonRetryable()).isTrue();
  }

  @Test
  void anUncheckedResultAssignedToTheWrongTypeFailsTheWorkflowAtOnce() throws Exception {
    String id = start(new ScriptedModel().thenMessage("{\"goal\":\"ship\"}"), "unchecked");

    ApplicationFailure cause = (ApplicationFailure) failure(id).getCause();
    assertThat(cause.getType()).isEqualTo(ClassCastException.class.getName());
    assertThat(cause.getOriginalMessage()).contains(Plan.class.getName()).contains(Report.class.getName());
    assertThat(workflowTaskFailures(id)).isZero();
  }

  @Test
  void aClassThatIsNotAnAgentFailsTheWorkflowAtOnce() throws Exception {
    String id = start(new ScriptedModel(), "not-an-agent");

    assertThat(((ApplicationFailure) failure(id).getCause()).getOriginalMessage())
        .contains(NotAnAgent.class.getName()).contains("is not an @Agent class");
  }

  @Test
  void aFailedChildComesBackTyped() throws Exception {
    ScriptedModel model = new ScriptedModel().thenError(new ModelException("invalid key", 401, false, null, null));
    String id = start(model, "child-fails");

    String result = temporal.workflowClient().newUntypedWorkflowStub(id).getResult(30, TimeUnit.SECONDS, String.class);
    assertThat(result).startsWith("ModelCallFailedException 401: Model call of agent 'planner' failed with HTTP 401");
  }

  @Test
  void aChildTakesTheOptionsItIsGiven() throws Exception {
    String id = start(new ScriptedModel().thenMessage("{\"goal\":\"ship\"}"), "options");

    assertThat(WorkflowStub.fromTyped(temporal.workflowClient().newWorkflowStub(Mistakes.class, id))
        .getResult(30, TimeUnit.SECONDS, String.class)).isEqualTo("ship");
    assertThat(temporal.history("my-planner").getEvents()).isNotEmpty();
  }

  private long workflowTaskFailures(String id) {
    return temporal.history(id).getEvents().stream().filter(HistoryEvent::hasWorkflowTaskFailedEventAttributes).count();
  }
}
