package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.AgentWorkflow;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLocal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts agent runs as child {@link AgentWorkflow}s with readable, deterministic ids:
 * {@code <parentWorkflowId>/<agent>-<n>}, where {@code n} counts that agent's runs started
 * by this workflow (1, 2, …).
 */
public final class ChildRuns {

  private static final WorkflowLocal<Map<String, Integer>> COUNTS = WorkflowLocal.withCachedInitial(HashMap::new);

  private ChildRuns() {}

  /** Starts the agent as a child workflow; the promise completes with its result. */
  public static Promise<RunResult> start(String agent, List<Item> input, RunOptions options) {
    AgentWorkflow child = Workflow.newChildWorkflowStub(AgentWorkflow.class,
        ChildWorkflowOptions.newBuilder().setWorkflowId(nextId(agent)).build());
    return Async.function(child::run, new AgentRunInput(agent, input, options));
  }

  /** The id of the next child run of this agent. */
  static String nextId(String agent) {
    Map<String, Integer> counts = COUNTS.get();
    int n = counts.merge(agent, 1, Integer::sum);
    return Workflow.getInfo().getWorkflowId() + "/" + agent + "-" + n;
  }
}
