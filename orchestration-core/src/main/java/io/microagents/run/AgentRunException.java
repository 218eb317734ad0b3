package io.microagents.run;

/** A run stopped before a final output. Carries the run's state at that point. */
public class AgentRunException extends RuntimeException {

  private final transient RunState state;

  public AgentRunException(String message, RunState state) {
    super(message);
    this.state = state;
  }

  public AgentRunException(String message, RunState state, Throwable cause) {
    super(message, cause);
    this.state = state;
  }

  /** The run as it was when it stopped: items so far, usage, current agent. */
  public RunState state() {
    return state;
  }
}
