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

/**
 * Starts agent runs as child {@link AgentWorkflow}s with readable, deterministic ids:
 * {@code <parentWorkflowId>/<agent>-<n>}, where {@code n} counts that agent's runs started
 * by this workflow run (1, 2, …). A workflow that continued as new counts from 1 again, so
 * its children's ids end in the first 8 characters of its run id
 * ({@code <parent>/<agent>-<n>.<run>}): never the id of a child an earlier run started, which
 * may still be running.
 */
public final class ChildRuns {

  private static final WorkflowLocal<Map<String, Integer>> COUNTS = WorkflowLocal.withCachedInitial(HashMap::new);

  private ChildRuns() {}

  /** Starts the agent as a child workflow; the promise completes with its summary. */
  public static Promise<RunSummary> start(String agent, List<Item> input, RunOptions options) {
    AgentWorkflow child = Workflow.newChildWorkflowStub(AgentWorkflow.class,
        ChildWorkflowOptions.newBuilder().setWorkflowId(nextId(agent)).build());
    return Async.function(child::run, new AgentRunInput(agent, input, options));
  }

  /** The id of the next child run of this agent. */
  static String nextId(String agent) {
    Map<String, Integer> counts = COUNTS.get();
    int n = counts.merge(agent, 1, Integer::sum);
    WorkflowInfo info = Workflow.getInfo();
    String id = info.getWorkflowId() + "/" + agent + "-" + n;
    if (info.getContinuedExecutionRunId().isPresent()) {
      id += "." + info.getRunId().substring(0, 8);
    }
    return id;
  }
}
