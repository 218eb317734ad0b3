package io.microagents.agent;

import io.microagents.model.ToolSpec;
import java.util.Objects;

/**
 * A handoff from one agent to another, offered to the model as a tool.
 *
 * @param spec the tool the model calls to hand off ({@code transfer_to_<agent>})
 * @param targetAgent the name of the agent that takes over
 * @param inputFilter rewrites what the target sees of the conversation
 * @param callback called when the handoff is taken, or {@code null}
 */
public record HandoffDefinition(
    ToolSpec spec, String targetAgent, HandoffInputFilter inputFilter, HandoffCallback callback) {

  public HandoffDefinition {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(targetAgent, "targetAgent");
    inputFilter = inputFilter == null ? new HandoffInputFilter.KeepAll() : inputFilter;
  }

  /** The handoff tool's name. */
  public String toolName() {
    return spec.name();
  }
}
