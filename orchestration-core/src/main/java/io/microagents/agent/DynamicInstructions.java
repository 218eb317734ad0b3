package io.microagents.agent;

import io.microagents.run.RunContext;

/** Computes an agent's instructions for each model call. Must be deterministic. */
@FunctionalInterface
public interface DynamicInstructions {

  String instructions(RunContext context) throws Exception;
}
