package io.microagents.loop;

import io.microagents.items.Item;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.run.RunOptions;
import io.microagents.run.RunState;
import java.util.ArrayList;
import java.util.List;

/** The loop's working copy of a {@link RunState}; snapshots back to one at any time. */
final class LoopState {
  final String startingAgent;
  String currentAgent;
  final List<Item> input;
  final List<Item> newItems;
  List<Item> conversation;
  int historyLength;
  int turn;
  final int maxTurns;
  Usage usage;
  final List<ModelResponse> rawResponses;
  boolean inputGuardrailsChecked;
  final RunOptions options;

  LoopState(RunState s) {
    startingAgent = s.startingAgent();
    currentAgent = s.currentAgent();
    input = s.input();
    newItems = new ArrayList<>(s.newItems());
    conversation = new ArrayList<>(s.conversation());
    historyLength = s.historyLength();
    turn = s.turn();
    maxTurns = s.maxTurns();
    usage = s.usage();
    rawResponses = new ArrayList<>(s.rawResponses());
    inputGuardrailsChecked = s.inputGuardrailsChecked();
    options = s.options();
  }

  RunState snapshot() {
    return new RunState(startingAgent, currentAgent, input, newItems, conversation, historyLength,
        turn, maxTurns, usage, rawResponses, inputGuardrailsChecked, options);
  }

  void append(List<Item> items) {
    newItems.addAll(items);
    conversation.addAll(items);
  }
}
