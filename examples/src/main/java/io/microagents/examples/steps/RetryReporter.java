package io.microagents.examples.steps;

import io.microagents.examples.StepPrinter;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Shows activities that are being retried — a model call against a server that is down, a
 * tool whose API fails. History records an activity only when it finally completes or fails,
 * so without this a retrying run looks stuck. Reads the server's pending-activity info.
 */
final class RetryReporter {

  private final WorkflowClient client;
  private final StepPrinter printer;
  private final Set<String> reported = new HashSet<>();

  RetryReporter(WorkflowClient client, StepPrinter printer) {
    this.client = client;
    this.printer = printer;
  }

  /** Prints each new failed attempt of the workflow's pending activities, once. */
  void report(String workflowId) {
    var response = client.getWorkflowServiceStubs().blockingStub()
        .withDeadlineAfter(10, TimeUnit.SECONDS)
        .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
            .build());
    for (PendingActivityInfo a : response.getPendingActivitiesList()) {
      if (a.getAttempt() < 2 || !a.hasLastFailure()) {
        continue;
      }
      String key = workflowId + "/" + a.getActivityId() + "/" + a.getAttempt();
      if (reported.add(key)) {
        printer.step("  " + a.getActivityType().getName() + " attempt " + (a.getAttempt() - 1) + " failed, retrying: "
            + StepPrinter.shorten(a.getLastFailure().getMessage()));
      }
    }
  }
}
