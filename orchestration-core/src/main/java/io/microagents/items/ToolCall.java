package io.microagents.items;

import java.util.Objects;

/**
 * The model asks for a tool to be run.
 *
 * @param callId the id that pairs this call with its {@link ToolOutput}
 * @param name the tool's name
 * @param arguments the arguments as the model wrote them: JSON text, not yet validated
 */
public record ToolCall(String callId, String name, String arguments) implements Item {

  public ToolCall {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? "" : arguments;
  }
}
