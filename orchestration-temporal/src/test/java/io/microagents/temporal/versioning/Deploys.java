package io.microagents.temporal.versioning;

import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A deploy in a test: a worker with one build of the agents runs until the test says, then
 * stops, and a worker with the changed build takes the runs over — on the in-memory server or
 * a real one. Histories replay against the changed build.
 */
final class Deploys implements AutoCloseable {

  private final MicroagentsTestExtension temporal;
  private final String queue;
  private final WorkerOptions workerOptions;
  private WorkerFactory current;
  private AgentRegistry registry;
  private ModelProvider models;
  private MicroagentsOptions options;

  Deploys(MicroagentsTestExtension temporal, String queue) {
    this.temporal = temporal;
    this.queue = temporal.taskQueue(queue);
    // The Java test server loses a stopped worker's sticky queue; a real server moves its tasks on.
    this.workerOptions = temporal.realServer() ? WorkerOptions.getDefaultInstance()
        : WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();
  }

  /** Starts a worker with this build; returns a client for its runs. */
  AgentClient deploy(AgentRegistry registry, ModelProvider models, MicroagentsOptions options) {
    stop();
    WorkflowClient client = temporal.workflowClient();
    this.registry = registry;
    this.models = models;
    this.options = options.withExternalStorage(client.getOptions().getExternalStorage() != null);
    current = WorkerFactory.newInstance(client);
    MicroagentsWorker.register(current.newWorker(queue, workerOptions), registry, models, this.options);
    current.start();
    return new AgentClient(client, queue, registry);
  }

  /**
   * The run's result, waiting at most a minute: a run that cannot replay on the new build
   * (a non-deterministic change) retries its workflow task forever instead of failing.
   */
  static io.microagents.run.RunResult result(AgentClient client, String workflowId) throws Exception {
    client.workflowClient().newUntypedWorkflowStub(workflowId)
        .getResult(60, TimeUnit.SECONDS, io.microagents.temporal.RunSummary.class);
    return client.result(workflowId);
  }

  /** Replays every run of the workflow against the build deployed now. */
  void replay(String workflowId) throws Exception {
    WorkflowClient client = temporal.workflowClient();
    WorkerFactory factory = WorkerFactory.newInstance(client);
    try {
      Worker worker = factory.newWorker("replay-" + workflowId);
      MicroagentsWorker.register(worker, registry, models, options);
      String runId = client.fetchHistory(workflowId).getEvents().get(0)
          .getWorkflowExecutionStartedEventAttributes().getFirstExecutionRunId();
      while (runId != null) {
        WorkflowExecutionHistory h = client.fetchHistory(workflowId, runId);
        WorkflowReplayer.replayWorkflowExecution(h, worker);
        runId = h.getEvents().stream().filter(e -> e.hasWorkflowExecutionContinuedAsNewEventAttributes())
            .map(e -> e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId())
            .findFirst().orElse(null);
      }
    } finally {
      factory.shutdownNow();
    }
  }

  private void stop() {
    if (current != null) {
      current.shutdownNow();
      current.awaitTermination(10, TimeUnit.SECONDS);
      current = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
