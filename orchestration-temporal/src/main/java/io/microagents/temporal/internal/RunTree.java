package io.microagents.temporal.internal;

import io.microagents.temporal.HumanInTheLoop;
import io.microagents.temporal.PendingInput;
import io.microagents.temporal.RunStatus;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * The running workflows of a run tree — a run, the child agent runs it started (agents as
 * tools, just-code children), theirs — found from each one's current history, and what each
 * waits for from a person, by its state query.
 */
public final class RunTree {

  private RunTree() {}

  /** Every workflow of the tree that waits for a person, root first. */
  public static List<PendingInput> pending(WorkflowClient client, String rootWorkflowId) {
    List<PendingInput> out = new ArrayList<>();
    for (String id : running(client, rootWorkflowId)) {
      RunStatus s;
      try {
        s = client.newUntypedWorkflowStub(id).query("state", RunStatus.class);
      } catch (RuntimeException notAnAgentRun) { // a workflow of your own in the tree
        continue;
      }
      if (!s.questions().isEmpty() || !s.approvals().isEmpty()) {
        out.add(new PendingInput(id, s.currentAgent(), s.questions(), s.approvals()));
      }
    }
    return out;
  }

  /** One run's state once it waits for a person or has nothing more to do (its awaitPerson update). */
  public static RunStatus awaitPerson(WorkflowClient client, String workflowId, Duration timeout) {
    try {
      return client.newUntypedWorkflowStub(workflowId)
          .startUpdate(HumanInTheLoop.AWAIT_PERSON, WorkflowUpdateStage.ACCEPTED, RunStatus.class)
          .getResultAsync().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Run " + workflowId + " did not wait for a person within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for run " + workflowId, e);
    } catch (ExecutionException | WorkflowUpdateException e) {
      return client.newUntypedWorkflowStub(workflowId).query("state", RunStatus.class); // it ended meanwhile
    }
  }

  /** Every workflow of the tree that waits for a person, once there is one or the root ended. */
  public static List<PendingInput> awaitPending(WorkflowClient client, String rootWorkflowId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<PendingInput> pending = pending(client, rootWorkflowId);
      if (!pending.isEmpty() || running(client, rootWorkflowId).isEmpty()) {
        return pending;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Nothing in run tree " + rootWorkflowId + " waited for a person within " + timeout);
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
  }

  /** The tree's workflows still running, the root first, depth first. */
  static Set<String> running(WorkflowClient client, String workflowId) {
    Set<String> ids = new LinkedHashSet<>();
    collect(client, workflowId, ids);
    return ids;
  }

  private static void collect(WorkflowClient client, String workflowId, Set<String> ids) {
    List<HistoryEvent> events = client.fetchHistory(workflowId).getEvents();
    if (closed(events.get(events.size() - 1))) {
      return;
    }
    ids.add(workflowId);
    Set<String> children = new LinkedHashSet<>();
    for (HistoryEvent e : events) {
      if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
        children.add(e.getChildWorkflowExecutionStartedEventAttributes().getWorkflowExecution().getWorkflowId());
      }
    }
    for (String child : children) {
      collect(client, child, ids);
    }
  }

  private static boolean closed(HistoryEvent last) {
    EventType t = last.getEventType();
    return t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED || t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED
        || t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT || t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED
        || t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED
        || t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW;
  }
}
