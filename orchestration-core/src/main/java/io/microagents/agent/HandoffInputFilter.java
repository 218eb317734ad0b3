package io.microagents.agent;

import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import java.util.List;

/**
 * Rewrites what the target of a handoff sees of the conversation. Runs in the loop, so it
 * must be a pure function of its input. Implementations need a public no-arg constructor
 * when named in an annotation.
 */
@FunctionalInterface
public interface HandoffInputFilter {

  /** Returns the conversation the next agent sees. */
  HandoffInputData filter(HandoffInputData data);

  /** Keeps the whole conversation (the default). */
  final class KeepAll implements HandoffInputFilter {
    @Override
    public HandoffInputData filter(HandoffInputData data) {
      return data;
    }
  }

  /** Removes every tool call, handoff call and tool output, keeping messages. */
  final class RemoveToolItems implements HandoffInputFilter {
    @Override
    public HandoffInputData filter(HandoffInputData data) {
      return new HandoffInputData(
          withoutTools(data.inputHistory()),
          withoutTools(data.preHandoffItems()),
          withoutTools(data.newItems()));
    }

    private static List<Item> withoutTools(List<Item> items) {
      return items.stream()
          .filter(i -> !(i instanceof ToolCall || i instanceof HandoffCall || i instanceof ToolOutput))
          .toList();
    }
  }
}
