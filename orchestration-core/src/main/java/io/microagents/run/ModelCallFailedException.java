package io.microagents.run;

/**
 * A run stopped because a model call failed for good: a provider error no retry cures (401,
 * 400, …) or retries exhausted. The message names the agent, the HTTP status when there was
 * one, and the provider's own message.
 */
public class ModelCallFailedException extends AgentRunException {

  private final int status;

  /** @param status the HTTP status, or 0 when no response came back */
  public ModelCallFailedException(String message, int status, RunState state) {
    super(message, state);
    this.status = status;
  }

  /** The HTTP status the provider answered with, or 0 when no response came back. */
  public int status() {
    return status;
  }
}
