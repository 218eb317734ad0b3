package io.microagents.items;

import java.util.Objects;

/**
 * The result of a tool or handoff call, given back to the model.
 *
 * @param callId the id of the {@link ToolCall} or {@link HandoffCall} it answers
 * @param output the text the model sees: the tool's result, or an error message
 * @param error true when {@code output} describes a failure rather than a result
 */
public record ToolOutput(String callId, String output, boolean error) implements Item {

  public ToolOutput {
    Objects.requireNonNull(callId, "callId");
    output = output == null ? "" : output;
  }

  /** A successful result. */
  public static ToolOutput of(String callId, String output) {
    return new ToolOutput(callId, output, false);
  }
}
