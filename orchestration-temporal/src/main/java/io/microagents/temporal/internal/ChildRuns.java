package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.AgentWorkflow;
import io.microagents.temporal.RunSummary;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import io.temporal.workflow.WorkflowLocal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts agent runs as child {@link AgentWorkflow}s with readable, deterministic ids:
 * {@code <parentWorkflowId>/<agent>-<n>}, where {@code n} counts that agent's runs started
 * by this workflow run (1, 2, …). A workflow that continued as new counts from 1 again, so
 * its children's ids end in the first 8 characters of the id of the run it continued
 * ({@code <parent>/<agent>-<n>.<previous run>}): never the id of a child an earlier run started,
 * which may still be running. (The previous run's id is in the run's start event, so a replay
 * anywhere — on a worker, by the replayer of a history file — computes the same id.)
 */
public final class ChildRuns {

  private static final WorkflowLocal<Map<String, Integer>> COUNTS = WorkflowLocal.withCachedInitial(HashMap::new);

  private ChildRuns() {}

  /**
   * Starts the agent as a child workflow; the promise completes with its summary.
   *
   * @param options the child's workflow options, or {@code null}; its id, when set, wins over ours
   */
  public static Promise<RunSummary> start(String agent, List<Item> input, RunOptions runOptions,
      ChildWorkflowOptions options) {
    ChildWorkflowOptions.Builder b = options == null ? ChildWorkflowOptions.newBuilder()
        : ChildWorkflowOptions.newBuilder(options);
    if (options == null || options.getWorkflowId() == null) {
      b.setWorkflowId(nextId(agent));
    }
    AgentWorkflow child = Workflow.newChildWorkflowStub(AgentWorkflow.class, b.build());
    return Async.function(child::run, new AgentRunInput(agent, input, runOptions));
  }

  /** The id of the next child run of this agent. */
  static String nextId(String agent) {
    Map<String, Integer> counts = COUNTS.get();
    int n = counts.merge(agent, 1, Integer::sum);
    WorkflowInfo info = Workflow.getInfo();
    String id = info.getWorkflowId() + "/" + agent + "-" + n;
    Optional<String> previous = info.getContinuedExecutionRunId();
    return previous.isPresent() ? id + "." + previous.get().substring(0, 8) : id;
  }
}
