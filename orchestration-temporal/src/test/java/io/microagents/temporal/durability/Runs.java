package io.microagents.temporal.durability;

import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.RunSummary;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a durable run with a deadline: a run that neither completes nor fails in time
 * (a stuck workflow, an endless workflow-task retry loop) fails the test instead of hanging it.
 */
final class Runs {

  /** Long enough for a loaded 2-core machine; the runs themselves take seconds. */
  static final Duration DEADLINE = Duration.ofSeconds(60);

  private Runs() {}

  /** The run's result; fails the test when it is not done within {@link #DEADLINE}. */
  static RunResult result(WorkflowClient client, String workflowId) {
    try {
      client.newUntypedWorkflowStub(workflowId).getResult(DEADLINE.toSeconds(), TimeUnit.SECONDS, RunSummary.class);
      return new AgentClient(client, "unused", null).result(workflowId); // the items, from history
    } catch (TimeoutException e) {
      throw new AssertionError("Run " + workflowId + " neither completed nor failed within " + DEADLINE, e);
    }
  }

  /** The failure of a run expected to fail; fails the test when it completes or is not done in time. */
  static WorkflowFailedException failure(WorkflowClient client, String workflowId) {
    try {
      RunResult r = result(client, workflowId);
      throw new AssertionError("Run " + workflowId + " was expected to fail but completed with " + r.finalOutput());
    } catch (WorkflowFailedException e) {
      return e;
    }
  }
}
