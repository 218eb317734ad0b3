package io.microagents.temporal.durability;

import io.microagents.temporal.testing.Histories;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * What the durability tests read from raw histories beyond {@link Histories}: how a
 * workflow closed, whether its workflow tasks failed, why an activity was retried, and the
 * histories of a whole workflow tree.
 */
final class HistoryChecks {

  private HistoryChecks() {}

  /** The type of the last event, e.g. {@code EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED}. */
  static EventType closeEvent(WorkflowExecutionHistory history) {
    return history.getLastEvent().getEventType();
  }

  /** How many workflow tasks failed (a loop of them is a stuck workflow). */
  static long workflowTaskFailures(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED).count();
  }

  /**
   * The failure that made Temporal retry the n-th (0-based) activity of this type: the
   * {@code last_failure} of its last started event, as "message (type)", or {@code null}.
   */
  static String retryCause(WorkflowExecutionHistory history, String activityType, int index) {
    List<Long> scheduled = new ArrayList<>();
    for (HistoryEvent e : history.getEvents()) {
      if (e.hasActivityTaskScheduledEventAttributes()
          && e.getActivityTaskScheduledEventAttributes().getActivityType().getName().equals(activityType)) {
        scheduled.add(e.getEventId());
      }
    }
    if (index >= scheduled.size()) {
      return null;
    }
    long id = scheduled.get(index);
    String cause = null;
    for (HistoryEvent e : history.getEvents()) {
      if (e.hasActivityTaskStartedEventAttributes()
          && e.getActivityTaskStartedEventAttributes().getScheduledEventId() == id
          && e.getActivityTaskStartedEventAttributes().hasLastFailure()) {
        var f = e.getActivityTaskStartedEventAttributes().getLastFailure();
        String kind = f.hasApplicationFailureInfo() ? f.getApplicationFailureInfo().getType()
            : f.hasTimeoutFailureInfo() ? f.getTimeoutFailureInfo().getTimeoutType().name() : "";
        cause = f.getMessage() + " (" + kind + ")";
      }
    }
    return cause;
  }

  /** The histories of a workflow and of all its descendants, root first. */
  static List<WorkflowExecutionHistory> tree(WorkflowClient client, String workflowId) {
    List<WorkflowExecutionHistory> out = new ArrayList<>();
    collect(client, workflowId, out);
    return out;
  }

  private static void collect(WorkflowClient client, String workflowId, List<WorkflowExecutionHistory> out) {
    WorkflowExecutionHistory h = client.fetchHistory(workflowId);
    out.add(h);
    for (String child : Histories.childWorkflowIds(h)) {
      collect(client, child, out);
    }
  }
}
