package io.microagents.items;

import java.util.Objects;

/**
 * A text message in the conversation.
 *
 * @param role who wrote it
 * @param content its text
 * @param refusal for assistant messages, a refusal text the model gave instead of content
 */
public record Message(Role role, String content, String refusal) implements Item {

  public Message {
    Objects.requireNonNull(role, "role");
    content = content == null ? "" : content;
  }

  /** A message from the user. */
  public static Message user(String text) {
    return new Message(Role.USER, text, null);
  }

  /** A message from the assistant (the model). */
  public static Message assistant(String text) {
    return new Message(Role.ASSISTANT, text, null);
  }

  /** A system message. */
  public static Message system(String text) {
    return new Message(Role.SYSTEM, text, null);
  }
}
