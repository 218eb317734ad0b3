package io.microagents.run;

import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;

/**
 * Callbacks at the loop's milestones, for logging, tracing or progress output. Every method
 * does nothing by default. Run durably, hooks run in workflow code: they must not block or
 * do I/O that matters to the run, and they are called again during replay.
 */
public interface RunHooks {

  /** No hooks. */
  RunHooks NONE = new RunHooks() {};

  /** An agent becomes the current agent (at the start, or after a handoff). */
  default void onAgentStart(RunContext context, String agent) {}

  /** An agent produced the final output. */
  default void onAgentEnd(RunContext context, String agent, Object output) {}

  /** A model call is about to be made. */
  default void onModelStart(RunContext context, String agent, ModelRequest request) {}

  /** A model call returned. */
  default void onModelEnd(RunContext context, String agent, ModelResponse response) {}

  /** A tool is about to run. */
  default void onToolStart(RunContext context, String agent, ToolCall call) {}

  /** A tool has run (or failed; see {@link ToolOutput#error()}). */
  default void onToolEnd(RunContext context, String agent, ToolCall call, ToolOutput output) {}

  /** Control passes from one agent to another. */
  default void onHandoff(RunContext context, String fromAgent, String toAgent) {}
}
