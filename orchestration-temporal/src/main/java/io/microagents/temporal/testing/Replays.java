package io.microagents.temporal.testing;

import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;

/** Replays recorded histories, a workflow and its children, on a worker that is never started. */
final class Replays {

  private final WorkflowClient client;
  private final AgentRegistry registry;
  private final ModelProvider models;
  private final MicroagentsOptions options;

  Replays(WorkflowClient client, AgentRegistry registry, ModelProvider models, MicroagentsOptions options) {
    this.client = client;
    this.registry = registry;
    this.models = models;
    this.options = options;
  }

  void replayTree(String workflowId, Class<?>... extraWorkflows) {
    WorkerFactory factory = WorkerFactory.newInstance(client);
    try {
      Worker worker = factory.newWorker("replay-" + workflowId);
      MicroagentsWorker.register(worker, registry, models, options);
      if (extraWorkflows.length > 0) {
        worker.registerWorkflowImplementationTypes(extraWorkflows);
      }
      replay(worker, workflowId);
    } finally {
      factory.shutdownNow();
    }
  }

  private void replay(Worker worker, String workflowId) {
    WorkflowExecutionHistory history = client.fetchHistory(workflowId);
    try {
      WorkflowReplayer.replayWorkflowExecution(history, worker);
    } catch (Exception e) {
      throw new AssertionError("Replay of " + workflowId + " failed: " + e, e);
    }
    for (HistoryEvent e : history.getEvents()) {
      if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
        replay(worker, e.getChildWorkflowExecutionStartedEventAttributes().getWorkflowExecution().getWorkflowId());
      }
    }
  }
}
