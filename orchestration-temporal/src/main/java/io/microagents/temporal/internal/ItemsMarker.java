package io.microagents.temporal.internal;

import io.microagents.items.Item;
import java.util.List;

/**
 * Items a durable run records in its history as a marker, because no model call's input
 * will carry them: the last turn's items at the end of a run or of a conversation's message
 * ({@link Kind#TAIL}), or the items of a turn whose handoff rewrote the conversation
 * ({@link Kind#DROPPED}). Read back by {@link RunHistory}.
 *
 * @param kind whether the items are still part of the conversation the model sees
 * @param items the items, in order
 */
public record ItemsMarker(Kind kind, List<Item> items) {

  /** The id prefix of the {@code MutableSideEffect} markers that hold these. */
  public static final String ID_PREFIX = "microagents.items/";

  /** Where the items stand. */
  public enum Kind {
    /** Appended to the conversation: what the model sees next goes on from them. */
    TAIL,
    /** Part of the transcript, but a handoff's input filter took them out of the conversation. */
    DROPPED
  }

  public ItemsMarker {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
