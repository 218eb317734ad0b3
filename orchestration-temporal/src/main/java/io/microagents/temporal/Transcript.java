package io.microagents.temporal;

import io.microagents.items.Item;
import java.util.List;

/**
 * A conversation's items, wrapped in a record so that each item keeps its JSON type tag on
 * the wire (a bare {@code List<Item>} loses it to type erasure).
 *
 * @param items the conversation, oldest first
 */
public record Transcript(List<Item> items) {

  public Transcript {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
