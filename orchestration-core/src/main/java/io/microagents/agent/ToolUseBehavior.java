package io.microagents.agent;

/** What the loop does after an agent's tools have run. */
public enum ToolUseBehavior {
  /** Give the tool outputs back to the model and call it again (the default). */
  RUN_LLM_AGAIN,
  /** The output of the first tool called is the final output; the model is not called again. */
  STOP_ON_FIRST_TOOL,
  /** If one of the named tools ran, its output is the final output. */
  STOP_AT_TOOLS
}
