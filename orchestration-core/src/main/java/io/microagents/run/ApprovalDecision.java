package io.microagents.run;

/**
 * A decision on a tool call that needs approval: a person's, or the run's when nobody
 * decided in time. The model is told which, so it does not take a timeout for a refusal.
 *
 * @param approved whether the call may run
 * @param reason why, shown to the model when the call does not run
 * @param timedOut whether nobody decided within the approval timeout (then not approved)
 */
public record ApprovalDecision(boolean approved, String reason, boolean timedOut) {

  /** A person's decision. */
  public ApprovalDecision(boolean approved, String reason) {
    this(approved, reason, false);
  }

  /** The call may run. */
  public static ApprovalDecision approve() {
    return new ApprovalDecision(true, null);
  }

  /** The call must not run, for this reason (shown to the model; may be {@code null}). */
  public static ApprovalDecision reject(String reason) {
    return new ApprovalDecision(false, reason);
  }

  /** Nobody decided in time: the call does not run, and the model is told it timed out. */
  public static ApprovalDecision timedOut(String reason) {
    return new ApprovalDecision(false, reason, true);
  }
}
