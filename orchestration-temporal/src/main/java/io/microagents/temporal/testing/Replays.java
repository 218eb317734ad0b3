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

  /** Why a replay failed: an unregistered workflow type is named, with how to register it. */
  private static String reason(WorkflowExecutionHistory history, Exception e) {
    String type = history.getEvents().get(0).getWorkflowExecutionStartedEventAttributes().getWorkflowType().getName();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Unknown workflow type") || m.contains("not registered") || m.contains("registered types")) {
        return "its workflow type '" + type + "' is not registered on the replaying worker: pass its implementation"
            + " class, temporal.replay(workflowId, " + type + "Impl.class)";
      }
    }
    return e.toString();
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
        throw new AssertionError("Replay of " + workflowId + " (run " + runId + ") failed: " + reason(history, e), e);
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
