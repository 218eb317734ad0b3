package io.microagents.temporal.internal;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The events of every run of one workflow id, from its first run through each
 * continue-as-new to the latest, read lazily page by page (a long run's history is never
 * loaded whole).
 */
final class HistoryChain implements Iterator<HistoryEvent> {

  private final WorkflowClient client;
  private final String workflowId;
  private String nextRunId;
  private Iterator<HistoryEvent> events;

  HistoryChain(WorkflowClient client, String workflowId) {
    this.client = client;
    this.workflowId = workflowId;
    HistoryEvent latestStart = client.streamHistory(workflowId).findFirst()
        .orElseThrow(() -> new IllegalStateException("Workflow " + workflowId + " has no history"));
    String first = latestStart.getWorkflowExecutionStartedEventAttributes().getFirstExecutionRunId();
    this.events = client.streamHistory(workflowId, first).iterator();
  }

  @Override
  public boolean hasNext() {
    while (!events.hasNext()) {
      if (nextRunId == null) {
        return false;
      }
      events = client.streamHistory(workflowId, nextRunId).iterator();
      nextRunId = null;
    }
    return true;
  }

  @Override
  public HistoryEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    HistoryEvent e = events.next();
    if (e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW) {
      nextRunId = e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
    }
    return e;
  }
}
