package io.microagents.temporal.internal;

import io.microagents.agent.ToolInvoker;
import io.microagents.run.RunContext;

/**
 * Stands for a tool a run's definition has but this worker's code no longer has (renamed or
 * removed by a deploy while the run was in flight): a call fails, and the model is told why.
 */
final class MissingToolInvoker implements ToolInvoker {

  private final String agent;
  private final String tool;

  MissingToolInvoker(String agent, String tool) {
    this.agent = agent;
    this.tool = tool;
  }

  @Override
  public String invoke(String argumentsJson, RunContext context) {
    throw new IllegalStateException(message(agent, tool));
  }

  /** Why a tool of the run's definition cannot run here. */
  static String message(String agent, String tool) {
    return "Tool '" + tool + "' of agent '" + agent + "' is not on this worker any more: the agent changed while this "
        + "run was in flight. Do without it.";
  }
}
