package io.microagents.stream;

import java.util.Objects;

/**
 * One piece of a model's output as it arrives: text, a refusal, a reasoning summary, or
 * part of a tool call's arguments. Concatenating the deltas of one kind (and one call id)
 * gives what the finished response holds.
 *
 * @param kind what the text is part of
 * @param text the new characters
 * @param callId the tool call the arguments belong to; {@code null} for other kinds
 * @param name the tool's name, on a tool call's deltas; {@code null} for other kinds
 */
public record ModelDelta(Kind kind, String text, String callId, String name) {

  /** What a delta is part of. */
  public enum Kind { TEXT, REFUSAL, REASONING, TOOL_ARGUMENTS }

  public ModelDelta {
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text;
  }

  /** Part of a message's text. */
  public static ModelDelta text(String text) {
    return new ModelDelta(Kind.TEXT, text, null, null);
  }

  /** Part of a refusal. */
  public static ModelDelta refusal(String text) {
    return new ModelDelta(Kind.REFUSAL, text, null, null);
  }

  /** Part of a reasoning summary. */
  public static ModelDelta reasoning(String text) {
    return new ModelDelta(Kind.REASONING, text, null, null);
  }

  /** Part of the arguments of the tool call {@code callId} to {@code name}. */
  public static ModelDelta toolArguments(String callId, String name, String text) {
    return new ModelDelta(Kind.TOOL_ARGUMENTS, text, callId, name);
  }
}
