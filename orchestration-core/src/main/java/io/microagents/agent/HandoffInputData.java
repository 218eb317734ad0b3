package io.microagents.agent;

import io.microagents.items.Item;
import java.util.List;

/**
 * The conversation at a handoff, split the way a {@link HandoffInputFilter} needs it.
 *
 * @param inputHistory the input the run started with
 * @param preHandoffItems items generated before the turn that made the handoff
 * @param newItems items of the handoff's turn, the handoff call and its output included
 */
public record HandoffInputData(List<Item> inputHistory, List<Item> preHandoffItems, List<Item> newItems) {

  public HandoffInputData {
    inputHistory = List.copyOf(inputHistory);
    preHandoffItems = List.copyOf(preHandoffItems);
    newItems = List.copyOf(newItems);
  }
}
