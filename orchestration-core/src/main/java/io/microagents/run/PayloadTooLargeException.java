package io.microagents.run;

/**
 * A durable run stopped because it would have recorded a payload (its carried state, its
 * result) larger than its Temporal server accepts, and no External Storage was configured
 * to hold it. The message names the payload, its size, the limit and the fix.
 */
public class PayloadTooLargeException extends AgentRunException {

  public PayloadTooLargeException(String message, RunState state) {
    super(message, state);
  }
}
