package io.microagents.temporal;

import java.util.List;

/**
 * What one workflow of a run tree waits for from a person.
 *
 * @param workflowId the workflow (the run itself, or a child agent run)
 * @param agent the agent whose turn it is there
 * @param questions questions waiting for an answer
 * @param approvals tool calls waiting for a decision
 */
public record PendingInput(String workflowId, String agent, List<PendingQuestion> questions,
    List<PendingApproval> approvals) {

  public PendingInput {
    questions = questions == null ? List.of() : List.copyOf(questions);
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
  }
}
