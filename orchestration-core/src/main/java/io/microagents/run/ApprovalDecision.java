package io.microagents.run;

/**
 * A person's decision on a tool call that needs approval.
 *
 * @param approved whether the call may run
 * @param reason why, shown to the model when rejected
 */
public record ApprovalDecision(boolean approved, String reason) {

  public static ApprovalDecision approve() {
    return new ApprovalDecision(true, null);
  }

  public static ApprovalDecision reject(String reason) {
    return new ApprovalDecision(false, reason);
  }
}
