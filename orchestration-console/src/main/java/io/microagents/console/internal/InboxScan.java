package io.microagents.console.internal;

import io.microagents.console.WorkflowQuestions;
import io.microagents.temporal.PendingApproval;
import io.microagents.temporal.PendingQuestion;
import io.microagents.temporal.RunStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Everything that waits for a person now: every running workflow of the namespace (children
 * too) is asked — agent runs and conversations by their {@code state} query, workflows of
 * the user's through their {@link WorkflowQuestions}. Reads only; in parallel, with a short
 * time to answer.
 */
final class InboxScan {

  /**
   * What one workflow waits for.
   *
   * @param workflowId the workflow to answer
   * @param type its workflow type
   * @param rootId the run it belongs to (itself, or the root of the tree that started it)
   * @param agent the agent whose turn it is (agent runs), else {@code null}
   * @param questions agent questions, answered one at a time
   * @param approvals tool calls to approve or reject
   * @param formQuestions questions of a workflow of the user's, answered together
   */
  record Entry(String workflowId, String type, String rootId, String agent, List<PendingQuestion> questions,
      List<PendingApproval> approvals, List<String> formQuestions) {

    /** What identifies this entry's pending items, for telling a changed inbox. */
    String fingerprint() {
      StringBuilder b = new StringBuilder(workflowId).append('{');
      questions.forEach(q -> b.append("q:").append(q.id()).append(','));
      approvals.forEach(a -> b.append("a:").append(a.callId()).append(','));
      formQuestions.forEach(q -> b.append("f:").append(q.hashCode()).append(','));
      return b.append('}').toString();
    }
  }

  private InboxScan() {}

  static List<Entry> scan(ConsoleSettings settings, ExecutorService pool) {
    List<WorkflowListing.Row> running = WorkflowListing.list(settings.workflows(), "running", 1000);
    Map<String, String> parents = new HashMap<>();
    running.forEach(r -> parents.put(r.workflowId(), r.parentId()));
    List<WorkflowListing.Row> oldestFirst = new ArrayList<>(running); // people answer in the order asked
    Collections.reverse(oldestFirst);
    List<CompletableFuture<Entry>> asked = new ArrayList<>();
    for (WorkflowListing.Row row : oldestFirst) {
      WorkflowQuestions custom = settings.questionsOf(row.type());
      if (custom != null || RunFacts.isAgentRun(row.type())) {
        String root = root(row.workflowId(), parents);
        asked.add(CompletableFuture.supplyAsync(() -> read(settings, row, root, custom), pool));
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    List<Entry> out = new ArrayList<>();
    for (CompletableFuture<Entry> f : asked) {
      try {
        Entry e = f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (e != null) {
          out.add(e);
        }
      } catch (Exception e) {
        f.cancel(true); // no worker to answer the query in time: not shown now
      }
    }
    return out;
  }

  /** What identifies the whole inbox's pending items. */
  static String fingerprint(List<Entry> entries) {
    StringBuilder b = new StringBuilder();
    entries.forEach(e -> b.append(e.fingerprint()));
    return Integer.toHexString(b.toString().hashCode()) + "-" + entries.size();
  }

  private static String root(String id, Map<String, String> parents) {
    String at = id;
    for (int i = 0; i < 100 && parents.get(at) != null; i++) {
      at = parents.get(at);
    }
    return at;
  }

  private static Entry read(ConsoleSettings settings, WorkflowListing.Row row, String root, WorkflowQuestions custom) {
    try {
      if (custom != null) {
        List<String> questions = custom.pending(settings.workflows(), row.workflowId());
        return questions == null || questions.isEmpty() ? null
            : new Entry(row.workflowId(), row.type(), root, null, List.of(), List.of(), List.copyOf(questions));
      }
      RunStatus s = settings.workflows().newUntypedWorkflowStub(row.workflowId()).query("state", RunStatus.class);
      return s.questions().isEmpty() && s.approvals().isEmpty() ? null
          : new Entry(row.workflowId(), row.type(), root, s.currentAgent(), s.questions(), s.approvals(), List.of());
    } catch (RuntimeException e) {
      return null; // ended meanwhile, or not answering
    }
  }
}
