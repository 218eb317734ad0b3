package io.microagents.temporal.internal;

import io.microagents.temporal.definition.RuntimeSnapshot;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;

/**
 * When a workflow run's history is large enough to continue as new: the server suggests it,
 * or the history passed the size or length the run's definition holds (from
 * {@code MicroagentsOptions}; they also hold where no server suggests it, as on the in-memory
 * test server).
 */
final class HistoryBudget {

  private HistoryBudget() {}

  static boolean spent(RuntimeSnapshot options) {
    WorkflowInfo info = Workflow.getInfo();
    return info.isContinueAsNewSuggested()
        || info.getHistorySize() >= options.continueAsNewAtHistoryBytes()
        || info.getHistoryLength() >= options.continueAsNewAtHistoryEvents();
  }
}
