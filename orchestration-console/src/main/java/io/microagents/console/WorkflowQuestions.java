package io.microagents.console;

import io.temporal.client.WorkflowClient;
import java.util.List;

/**
 * How the console's inbox reads and answers the questions a workflow type of your own asks
 * a person (agent runs and conversations need none: the console knows their {@code state}
 * query and {@code answer} / {@code decide} updates). Answers go through your workflow's own
 * update, so its validator decides: a rejection is shown on the page with its message.
 */
public interface WorkflowQuestions {

  /** The workflow type whose questions this reads, as Temporal names it (e.g. {@code ResearchWorkflow}). */
  String workflowType();

  /**
   * The questions the running workflow {@code workflowId} waits for now, in order; empty when
   * it waits for none. Read-only (a query), since the inbox asks often.
   */
  List<String> pending(WorkflowClient client, String workflowId);

  /**
   * Sends a person's answers, one per question in the order {@link #pending} gave them.
   *
   * @throws RuntimeException when the workflow rejects them (its update validator's
   *     exception, e.g. a {@code WorkflowUpdateException}); nothing is changed then
   */
  void answer(WorkflowClient client, String workflowId, List<String> answers);
}
