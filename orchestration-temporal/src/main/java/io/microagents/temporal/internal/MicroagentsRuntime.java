package io.microagents.temporal.internal;

import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.microagents.temporal.MicroagentsOptions;

/**
 * What one worker runs agents with: the registry, the models, the options. Handed to the
 * workflow and activity implementations when they are registered; never serialized.
 *
 * @param registry the agents, resolved by name in workflow code
 * @param models the models, used by the model activity only ({@code null} on a tools-only worker)
 * @param options timeouts, retries, task queues
 */
public record MicroagentsRuntime(AgentRegistry registry, ModelProvider models, MicroagentsOptions options) {

  public MicroagentsRuntime {
    options = options == null ? MicroagentsOptions.DEFAULTS : options;
  }
}
