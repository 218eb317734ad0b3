package io.microagents.console.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.filter.v1.StartTimeFilter;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.client.WorkflowClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Workflows from the namespace's visibility, newest first: a list query where the server
 * has one, else the open and closed lists (the Java test server's embedded mode has only
 * those).
 */
final class WorkflowListing {

  /** One workflow execution as visibility shows it. */
  record Row(String workflowId, String runId, String type, String status, Instant started, Instant closed,
      String parentId) {

    boolean running() {
      return "running".equals(status);
    }
  }

  /** The statuses a person can filter by. */
  static final List<String> STATUSES = List.of("running", "completed", "failed", "canceled", "terminated",
      "timed_out", "continued_as_new");

  private WorkflowListing() {}

  /** Up to {@code max} workflows, newest first; {@code status} one of {@link #STATUSES} or {@code null} for all. */
  static List<Row> list(WorkflowClient client, String status, int max) {
    WorkflowServiceGrpc.WorkflowServiceBlockingStub stub = client.getWorkflowServiceStubs().blockingStub()
        .withDeadlineAfter(10, TimeUnit.SECONDS);
    String namespace = client.getOptions().getNamespace();
    List<WorkflowExecutionInfo> infos = new ArrayList<>();
    try {
      ByteString token = ByteString.EMPTY;
      do {
        ListWorkflowExecutionsRequest.Builder request = ListWorkflowExecutionsRequest.newBuilder()
            .setNamespace(namespace).setPageSize(Math.min(max, 1000)).setNextPageToken(token);
        if (status != null) {
          request.setQuery("ExecutionStatus = '" + queryStatus(status) + "'");
        }
        ListWorkflowExecutionsResponse page = stub.listWorkflowExecutions(request.build());
        infos.addAll(page.getExecutionsList());
        token = page.getNextPageToken();
      } while (!token.isEmpty() && infos.size() < max);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED) {
        throw e;
      }
      infos.clear();
      StartTimeFilter all = StartTimeFilter.newBuilder().setEarliestTime(Timestamp.getDefaultInstance())
          .setLatestTime(Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond() + 86_400)).build();
      if (status == null || status.equals("running")) {
        infos.addAll(stub.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.newBuilder()
            .setNamespace(namespace).setMaximumPageSize(max).setStartTimeFilter(all).build()).getExecutionsList());
      }
      if (status == null || !status.equals("running")) {
        infos.addAll(stub.listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest.newBuilder()
            .setNamespace(namespace).setMaximumPageSize(max).setStartTimeFilter(all).build()).getExecutionsList());
      }
    }
    List<Row> rows = infos.stream().map(WorkflowListing::row)
        .filter(r -> status == null || r.status().equals(status))
        .sorted(Comparator.comparing(Row::started).reversed())
        .limit(max).toList();
    return withParents(rows);
  }

  /**
   * Rows whose parent visibility did not give (the Java test server's lists leave it out) get
   * it from their id when it is that of a child agent run, {@code <parent id>/<agent>-<n>}, and
   * the parent is listed too.
   */
  private static List<Row> withParents(List<Row> rows) {
    Set<String> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.workflowId()));
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      int slash = r.workflowId().lastIndexOf('/');
      String parent = r.parentId() == null && slash > 0 && ids.contains(r.workflowId().substring(0, slash))
          ? r.workflowId().substring(0, slash) : r.parentId();
      out.add(parent == r.parentId() ? r
          : new Row(r.workflowId(), r.runId(), r.type(), r.status(), r.started(), r.closed(), parent));
    }
    return out;
  }

  private static Row row(WorkflowExecutionInfo info) {
    String parent = info.hasParentExecution() ? info.getParentExecution().getWorkflowId() : null;
    return new Row(info.getExecution().getWorkflowId(), info.getExecution().getRunId(), info.getType().getName(),
        status(info.getStatus()), instant(info.getStartTime()),
        info.hasCloseTime() && info.getCloseTime().getSeconds() > 0 ? instant(info.getCloseTime()) : null,
        parent == null || parent.isEmpty() ? null : parent);
  }

  static String status(WorkflowExecutionStatus s) {
    String name = s.name();
    return name.startsWith("WORKFLOW_EXECUTION_STATUS_")
        ? name.substring("WORKFLOW_EXECUTION_STATUS_".length()).toLowerCase(Locale.ROOT) : "unknown";
  }

  private static String queryStatus(String status) {
    return switch (status) {
      case "timed_out" -> "TimedOut";
      case "continued_as_new" -> "ContinuedAsNew";
      default -> Character.toUpperCase(status.charAt(0)) + status.substring(1);
    };
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }
}
