package io.microagents.examples.cli;

import io.grpc.StatusRuntimeException;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.TaskQueues;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import java.util.concurrent.TimeUnit;

/**
 * Tells a client-only {@code start} when no worker polls its task queue: the run would
 * otherwise wait in silence. A warning, not an error: a worker may be started afterwards.
 */
final class WorkerCheck {

  private WorkerCheck() {}

  static void warnIfNoneOn(ExampleSession session, String address) {
    String queue = session.taskQueues().agents();
    int pollers;
    try {
      pollers = session.workflows().getWorkflowServiceStubs().blockingStub().withDeadlineAfter(10, TimeUnit.SECONDS)
          .describeTaskQueue(DescribeTaskQueueRequest.newBuilder()
              .setNamespace(session.workflows().getOptions().getNamespace())
              .setTaskQueue(TaskQueue.newBuilder().setName(queue))
              .setTaskQueueType(TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW)
              .build())
          .getPollersCount();
    } catch (StatusRuntimeException e) {
      return; // Cannot tell: say nothing rather than something wrong.
    }
    if (pollers == 0) {
      String options = queue.equals(TaskQueues.forMode(true).agents()) ? " --offline"
          : queue.equals(TaskQueues.forMode(false).agents()) ? ", with OPENAI_API_KEY set" : " --task-queue " + queue;
      session.printer().line("No worker polls task queue " + queue + " on " + address
          + " yet: the run waits until one does (examples/run worker --temporal " + address + options + ").");
    }
  }
}
