package io.microagents.temporal.internal;

import com.google.protobuf.ByteString;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.client.WorkflowClient;
import java.util.concurrent.TimeUnit;

/** Reads workflow histories for {@link RunEventFollower}: pages, long-polled or not, and what an event closes. */
final class HistoryPages {

  private final WorkflowClient client;

  HistoryPages(WorkflowClient client) {
    this.client = client;
  }

  /**
   * Whether the server holds a history request open until new events come: a Temporal server
   * does (it has a version); the Java test server answers such a request only when the
   * history grows, even with events it has not yet returned, so it is polled.
   */
  boolean holdsPollsOpen() {
    try {
      return !client.getWorkflowServiceStubs().blockingStub().withDeadlineAfter(10, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance()).getServerVersion().isEmpty();
    } catch (StatusRuntimeException e) {
      return false;
    }
  }

  /** One page of a run's history; {@code wait}: held open by the server until there are new events. */
  GetWorkflowExecutionHistoryResponse page(String id, String run, ByteString token, boolean wait) {
    return client.getWorkflowServiceStubs().blockingStub().withDeadlineAfter(wait ? 65 : 20, TimeUnit.SECONDS)
        .getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(id).setRunId(run))
            .setNextPageToken(token).setWaitNewEvent(wait).build());
  }

  /** The first run of the workflow's continue-as-new chain: events are read from its start. */
  String firstRun(String id) {
    GetWorkflowExecutionHistoryResponse page = client.getWorkflowServiceStubs().blockingStub()
        .withDeadlineAfter(20, TimeUnit.SECONDS)
        .getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(id)).setMaximumPageSize(1).build());
    return page.getHistory().getEvents(0).getWorkflowExecutionStartedEventAttributes().getFirstExecutionRunId();
  }

  /** Whether the event ends its run. */
  static boolean closes(HistoryEvent last) {
    return last.hasWorkflowExecutionCompletedEventAttributes() || last.hasWorkflowExecutionFailedEventAttributes()
        || last.hasWorkflowExecutionTerminatedEventAttributes() || last.hasWorkflowExecutionCanceledEventAttributes()
        || last.hasWorkflowExecutionTimedOutEventAttributes() || last.hasWorkflowExecutionContinuedAsNewEventAttributes();
  }

  /** The workflow id of the child whose end the event records, or {@code null}. */
  static String endedChild(HistoryEvent e) {
    if (e.hasChildWorkflowExecutionCompletedEventAttributes()) {
      return e.getChildWorkflowExecutionCompletedEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionFailedEventAttributes()) {
      return e.getChildWorkflowExecutionFailedEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionCanceledEventAttributes()) {
      return e.getChildWorkflowExecutionCanceledEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionTerminatedEventAttributes()) {
      return e.getChildWorkflowExecutionTerminatedEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionTimedOutEventAttributes()) {
      return e.getChildWorkflowExecutionTimedOutEventAttributes().getWorkflowExecution().getWorkflowId();
    }
    return null;
  }
}
