package io.microagents.agent;

import io.microagents.run.RunContext;

/** Called when the model takes a handoff, with the arguments it wrote (JSON text). */
@FunctionalInterface
public interface HandoffCallback {

  /**
   * @throws ToolArgumentsException when the arguments do not fit the handoff's input type
   */
  void onHandoff(String argumentsJson, RunContext context) throws Exception;
}
