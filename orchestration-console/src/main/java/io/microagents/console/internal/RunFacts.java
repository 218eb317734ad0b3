package io.microagents.console.internal;

import io.microagents.temporal.RunStatus;
import io.microagents.temporal.RunSummary;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What visibility does not say about an agent run: its agent, turns and tokens — by the
 * {@code state} query while it runs, from its {@link RunSummary} once it completed. Asked in
 * parallel and given a short time, so a run whose workers are gone leaves blanks, not a
 * page that hangs.
 */
record RunFacts(String agent, Integer turns, Long tokens) {

  static final RunFacts UNKNOWN = new RunFacts(null, null, null);

  static final String AGENT_WORKFLOW = "AgentWorkflow";
  static final String CONVERSATION_WORKFLOW = "ConversationWorkflow";

  static boolean isAgentRun(String type) {
    return AGENT_WORKFLOW.equals(type) || CONVERSATION_WORKFLOW.equals(type);
  }

  /** Facts for each row, in order; {@link #UNKNOWN} for what did not answer in time. */
  static List<RunFacts> of(WorkflowClient client, List<WorkflowListing.Row> rows, ExecutorService pool) {
    List<CompletableFuture<RunFacts>> asked = new ArrayList<>();
    for (WorkflowListing.Row row : rows) {
      asked.add(isAgentRun(row.type()) && (row.running() || "completed".equals(row.status()))
          ? CompletableFuture.supplyAsync(() -> read(client, row), pool)
          : CompletableFuture.completedFuture(UNKNOWN));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    List<RunFacts> out = new ArrayList<>();
    for (CompletableFuture<RunFacts> f : asked) {
      try {
        out.add(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (Exception e) {
        f.cancel(true);
        out.add(UNKNOWN);
      }
    }
    return out;
  }

  private static RunFacts read(WorkflowClient client, WorkflowListing.Row row) {
    try {
      if (row.running()) {
        RunStatus s = client.newUntypedWorkflowStub(row.workflowId()).query("state", RunStatus.class);
        return new RunFacts(s.currentAgent(), s.turn(), s.usage().totalTokens());
      }
      if (AGENT_WORKFLOW.equals(row.type())) {
        RunSummary s = client.newUntypedWorkflowStub(row.workflowId())
            .getResult(2, TimeUnit.SECONDS, RunSummary.class);
        return new RunFacts(s.lastAgent(), s.turns(), s.usage().totalTokens());
      }
    } catch (Exception e) {
      // Not answering (no worker, gone): blanks on the page.
    }
    return UNKNOWN;
  }
}
