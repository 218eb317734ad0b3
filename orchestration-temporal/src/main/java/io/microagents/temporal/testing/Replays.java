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

  /** Replays every run of the workflow (first to latest, across continue-as-new), then its children. */
  private void replay(Worker worker, String workflowId) {
    String runId = client.fetchHistory(workflowId).getEvents().get(0)
        .getWorkflowExecutionStartedEventAttributes().getFirstExecutionRunId();
    while (runId != null) {
      WorkflowExecutionHistory history = client.fetchHistory(workflowId, runId);
      try {
        WorkflowReplayer.replayWorkflowExecution(history, worker);
      } catch (Exception e) {
        throw new AssertionError("Replay of " + workflowId + " (run " + runId + ") failed: " + e, e);
      }
      runId = null;
      for (HistoryEvent e : history.getEvents()) {
        if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
          replay(worker, e.getChildWorkflowExecutionStartedEventAttributes().getWorkflowExecution().getWorkflowId());
        }
        if (e.hasWorkflowExecutionContinuedAsNewEventAttributes()) {
          runId = e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
        }
      }
    }
  }
}
