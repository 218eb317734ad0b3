package io.microagents.run;

/** The run used all its turns (model calls) without a final output. */
public class MaxTurnsExceededException extends AgentRunException {

  public MaxTurnsExceededException(int maxTurns, RunState state) {
    super("Max turns (" + maxTurns + ") exceeded in agent '" + state.currentAgent() + "'", state);
  }
}
