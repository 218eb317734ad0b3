package io.microagents.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Call ids a model repeats in one response become unique, the same way every time. */
class CallIdsTest {

  @Test
  void aRepeatedIdGetsItsOccurrenceNumberSkippingIdsTheResponseUses() {
    List<Item> output = List.of(
        Message.assistant("Checking."),
        new ToolCall("c1", "a", "{}"),
        new ToolCall("c1", "b", "{}"),
        new ToolCall("c1#2", "c", "{}"),
        new ToolCall("c1", "d", "{}"));

    assertThat(CallIds.unique(output)).containsExactly(
        Message.assistant("Checking."),
        new ToolCall("c1", "a", "{}"),
        new ToolCall("c1#3", "b", "{}"),
        new ToolCall("c1#2", "c", "{}"),
        new ToolCall("c1#4", "d", "{}"));
  }

  @Test
  void uniqueIdsAreKept() {
    List<Item> output = List.of(new ToolCall("c1", "a", "{}"), new ToolCall("c2", "a", "{}"));

    assertThat(CallIds.unique(output)).isEqualTo(output);
  }
}
