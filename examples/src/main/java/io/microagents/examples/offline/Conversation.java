package io.microagents.examples.offline;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an offline script reads from a request: the user's last words and the outputs of
 * tools called since then. Scripts decide their next step from these alone.
 */
public final class Conversation {

  private final List<Item> items;

  private Conversation(List<Item> items) {
    this.items = items;
  }

  /** The conversation of a request. */
  public static Conversation of(ModelRequest request) {
    return new Conversation(request.input());
  }

  /** The text of the last user message, or "". */
  public String lastUserText() {
    for (int i = items.size() - 1; i >= 0; i--) {
      if (items.get(i) instanceof Message m && m.role() == Role.USER) {
        return m.content();
      }
    }
    return "";
  }

  /** Every user message's text, in order. */
  public List<String> userTexts() {
    List<String> texts = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof Message m && m.role() == Role.USER) {
        texts.add(m.content());
      }
    }
    return texts;
  }

  /** The output of the latest call of this tool since the last user message, or {@code null}. */
  public String outputOf(String tool) {
    List<String> outputs = outputsOf(tool);
    return outputs.isEmpty() ? null : outputs.get(outputs.size() - 1);
  }

  /** The outputs of every call of this tool since the last user message, in order. */
  public List<String> outputsOf(String tool) {
    Map<String, String> callNames = new HashMap<>();
    List<String> outputs = new ArrayList<>();
    for (Item item : sinceLastUserMessage()) {
      if (item instanceof ToolCall c) {
        callNames.put(c.callId(), c.name());
      } else if (item instanceof ToolOutput o && tool.equals(callNames.get(o.callId()))) {
        outputs.add(o.output());
      }
    }
    return outputs;
  }

  /** How many assistant messages the conversation holds: the turns already answered. */
  public int assistantMessages() {
    return (int) items.stream().filter(i -> i instanceof Message m && m.role() == Role.ASSISTANT).count();
  }

  private List<Item> sinceLastUserMessage() {
    for (int i = items.size() - 1; i >= 0; i--) {
      if (items.get(i) instanceof Message m && m.role() == Role.USER) {
        return items.subList(i, items.size());
      }
    }
    return items;
  }
}
