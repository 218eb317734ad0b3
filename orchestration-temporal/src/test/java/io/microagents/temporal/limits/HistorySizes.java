package io.microagents.temporal.limits;

import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;

/** Sizes of what every run of a workflow recorded, from its first run to its latest. */
final class HistorySizes {

  /** One workflow run's history: its events and bytes, its largest event. */
  record Run(String runId, int events, long bytes, long largestEvent) {}

  private HistorySizes() {}

  static List<Run> runs(WorkflowClient client, String workflowId) {
    List<Run> runs = new ArrayList<>();
    String runId = client.fetchHistory(workflowId).getEvents().get(0)
        .getWorkflowExecutionStartedEventAttributes().getFirstExecutionRunId();
    while (runId != null) {
      List<HistoryEvent> events = client.fetchHistory(workflowId, runId).getEvents();
      long bytes = 0;
      long largest = 0;
      String next = null;
      for (HistoryEvent e : events) {
        bytes += e.getSerializedSize();
        largest = Math.max(largest, e.getSerializedSize());
        if (e.hasWorkflowExecutionContinuedAsNewEventAttributes()) {
          next = e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
        }
      }
      runs.add(new Run(runId, events.size(), bytes, largest));
      runId = next;
    }
    return runs;
  }

  static long largestEvent(WorkflowClient client, String workflowId) {
    return runs(client, workflowId).stream().mapToLong(Run::largestEvent).max().orElse(0);
  }
}
