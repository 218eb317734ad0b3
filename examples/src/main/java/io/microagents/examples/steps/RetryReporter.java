package io.microagents.examples.steps;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.microagents.examples.StepPrinter;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Shows activities that are being retried — a model call against a server that is down, a
 * tool whose API fails, an attempt that timed out. History records an activity only when it
 * finally completes or fails, so without this a retrying run looks stuck. Reads the server's
 * pending-activity info; attempts that failed between two looks are reported together.
 */
final class RetryReporter {

  private final WorkflowClient client;
  private final StepPrinter printer;
  /** The last failed attempt reported, by workflow and activity. */
  private final Map<String, Integer> reported = new HashMap<>();

  RetryReporter(WorkflowClient client, StepPrinter printer) {
    this.client = client;
    this.printer = printer;
  }

  /**
   * Prints the new failed attempts of the workflow's pending activities, once each, under the
   * workflow's prefix; {@code timeouts} gives an activity's timeouts by its id.
   */
  void report(String workflowId, Function<String, ActivityTimeouts> timeouts) {
    var response = describe(workflowId);
    if (response == null) {
      return;
    }
    for (PendingActivityInfo a : response.getPendingActivitiesList()) {
      int failed = a.getAttempt() - 1;
      if (failed < 1 || !a.hasLastFailure()) {
        continue;
      }
      String key = workflowId + "/" + a.getActivityId();
      Integer before = reported.put(key, failed);
      if (before != null && before >= failed) {
        continue;
      }
      int first = before == null ? 1 : before + 1;
      ActivityTimeouts known = a.hasActivityOptions() ? ActivityTimeouts.of(a.getActivityOptions()) : ActivityTimeouts.UNKNOWN;
      if (known.equals(ActivityTimeouts.UNKNOWN)) {
        known = timeouts.apply(a.getActivityId());
      }
      String attempts = first == failed ? "attempt " + failed : "attempts " + first + "-" + failed;
      printer.step(HistoryEventPrinter.prefixOf(workflowId) + "  " + a.getActivityType().getName() + " " + attempts
          + " failed, retrying: " + FailureText.of(a.getLastFailure(), known));
    }
  }

  private io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse describe(String workflowId) {
    try {
      return client.getWorkflowServiceStubs().blockingStub()
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
              .setNamespace(client.getOptions().getNamespace())
              .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
              .build());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return null; // A child whose start is not recorded yet: look again next time.
      }
      throw e;
    }
  }
}
