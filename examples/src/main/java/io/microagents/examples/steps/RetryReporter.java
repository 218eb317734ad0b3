package io.microagents.examples.steps;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.microagents.examples.StepPrinter;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.failure.v1.Failure;
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
  synchronized void report(String workflowId, Function<String, ActivityTimeouts> timeouts) {
    var response = describe(workflowId);
    if (response == null) {
      return;
    }
    for (PendingActivityInfo a : response.getPendingActivitiesList()) {
      int failed = a.getAttempt() - 1;
      if (failed < 1 || !a.hasLastFailure()) {
        continue;
      }
      ActivityTimeouts known = a.hasActivityOptions() ? ActivityTimeouts.of(a.getActivityOptions()) : ActivityTimeouts.UNKNOWN;
      if (known.equals(ActivityTimeouts.UNKNOWN)) {
        known = timeouts.apply(a.getActivityId());
      }
      failed(workflowId, a.getActivityId(), a.getActivityType().getName(), failed, a.getLastFailure(), known);
    }
  }

  /** The workflow continued as new: its next run's activity ids start again. */
  synchronized void forget(String workflowId) {
    reported.keySet().removeIf(key -> key.startsWith(workflowId + "\n"));
  }

  /**
   * Prints that attempts up to {@code failed} of an activity failed, those not printed yet;
   * also called for what history tells when an attempt after failures starts, so attempts
   * that failed between two looks are not lost.
   */
  synchronized void failed(String workflowId, String activityId, String activityType, int failed, Failure last,
      ActivityTimeouts timeouts) {
    Integer before = reported.get(workflowId + "\n" + activityId);
    if (failed < 1 || before != null && before >= failed) {
      return;
    }
    reported.put(workflowId + "\n" + activityId, failed);
    int first = before == null ? 1 : before + 1;
    String attempts = first == failed ? "attempt " + failed : "attempts " + first + "-" + failed;
    printer.step(HistoryEventPrinter.prefixOf(workflowId) + "  " + activityType + " " + attempts
        + " failed, retrying: " + FailureText.of(last, timeouts));
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
