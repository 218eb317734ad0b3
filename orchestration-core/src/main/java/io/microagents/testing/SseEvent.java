package io.microagents.testing;

import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Event as a fake stream writes it.
 *
 * @param name the {@code event:} field, or {@code null} for a data-only event (Chat Completions)
 * @param data the {@code data:} field, one line of JSON or {@code [DONE]}
 */
record SseEvent(String name, String data) {

  /** The event framed for the wire: its fields, then a blank line. */
  byte[] frame() {
    String text = (name == null ? "" : "event: " + name + "\n") + "data: " + data + "\n\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
