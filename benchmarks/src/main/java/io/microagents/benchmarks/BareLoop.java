package io.microagents.benchmarks;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/**
 * The yardstick: a bare Temporal workflow doing what an agent turn does — a model activity,
 * then a tool activity returning a blob, fed to the next model call — with none of the
 * framework. Its activities take the same inputs the agent's carry (the turn and the last tool
 * output), so the difference is the framework's own cost.
 */
final class BareLoop {

  private BareLoop() {}

  @WorkflowInterface
  public interface LoopWorkflow {
    @WorkflowMethod
    String run(int turns, int kb);
  }

  @ActivityInterface
  public interface LoopActivities {
    /** "blob" while {@code turn < turns}, else the answer. */
    @ActivityMethod(name = "BareModel")
    String model(int turn, int turns, String lastToolOutput);

    @ActivityMethod(name = "BareBlob")
    String blob(int kb);
  }

  public static final class LoopWorkflowImpl implements LoopWorkflow {
    private final LoopActivities acts = Workflow.newActivityStub(LoopActivities.class,
        ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

    @Override
    public String run(int turns, int kb) {
      String last = "";
      for (int turn = 0; ; turn++) {
        String step = acts.model(turn, turns, last);
        if (!step.equals("blob")) {
          return step;
        }
        last = acts.blob(kb);
      }
    }
  }

  public static final class LoopActivitiesImpl implements LoopActivities {
    @Override
    public String model(int turn, int turns, String lastToolOutput) {
      return turn < turns ? "blob" : "done after " + turn + " tool calls";
    }

    @Override
    public String blob(int kb) {
      return "b".repeat(kb * 1000);
    }
  }
}
