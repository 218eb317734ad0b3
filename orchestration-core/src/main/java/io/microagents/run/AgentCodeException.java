package io.microagents.run;

/**
 * Code of an agent threw: its {@code @Instructions} method, a guardrail or a handoff
 * callback. The run stops (durably: the workflow fails, rather than retrying its task
 * forever); the cause is the agent's own exception.
 */
public class AgentCodeException extends AgentRunException {

  public AgentCodeException(String message, RunState state, Throwable cause) {
    super(message, state, cause);
  }

  /** Without a cause: for a failure rebuilt from elsewhere (a workflow's), which sets its own. */
  public AgentCodeException(String message, RunState state) {
    super(message, state);
  }
}
