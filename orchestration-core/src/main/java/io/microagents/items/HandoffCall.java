package io.microagents.items;

import java.util.Objects;

/**
 * The model transfers control to another agent: a tool call recognised as a handoff.
 *
 * @param callId the id that pairs this call with its {@link ToolOutput}
 * @param name the handoff tool's name, {@code transfer_to_<agent>}
 * @param arguments the arguments as the model wrote them (JSON text; often empty)
 * @param targetAgent the name of the agent control goes to
 */
public record HandoffCall(String callId, String name, String arguments, String targetAgent)
    implements Item {

  public HandoffCall {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? "" : arguments;
  }
}
