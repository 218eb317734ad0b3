package io.microagents.loop;

import io.microagents.items.Item;
import io.microagents.items.ToolCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the call ids of one model response unique. A model that gives two calls the same id
 * ({@code c1} twice) still gets both run and both answered: the first keeps its id, a later
 * one becomes {@code c1#2} ({@code c1#3}, … skipping any id the response already uses), in
 * the items the run records and in the outputs sent back. Deterministic, so a replay agrees.
 */
final class CallIds {

  private CallIds() {}

  /** The response's items, each tool call with an id no other call of the response has. */
  static List<Item> unique(List<Item> output) {
    Set<String> taken = new HashSet<>();
    for (Item item : output) {
      if (item instanceof ToolCall call) {
        taken.add(call.callId());
      }
    }
    Set<String> used = new HashSet<>();
    List<Item> result = new ArrayList<>(output.size());
    for (Item item : output) {
      if (item instanceof ToolCall call && !used.add(call.callId())) {
        String id = call.callId();
        for (int n = 2; taken.contains(id); n++) {
          id = call.callId() + "#" + n;
        }
        taken.add(id);
        used.add(id);
        result.add(new ToolCall(id, call.name(), call.arguments()));
      } else {
        result.add(item);
      }
    }
    return result;
  }
}
