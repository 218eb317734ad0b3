package io.microagents.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.microagents.items.Item;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import java.util.List;

/**
 * Everything needed to resume a run: where it is, what was said, what it cost. Round-trips
 * through Jackson, so it can be stored, carried across continue-as-new, or sent to a client.
 *
 * @param startingAgent the agent the run started with
 * @param currentAgent the agent whose turn is next
 * @param input the input the run started with
 * @param newItems every item the run generated, in order
 * @param conversation what the model sees next (input plus new items, unless a handoff
 *     input filter rewrote it)
 * @param historyLength how many leading items of {@code conversation} are input history, as
 *     a handoff input filter sees it
 * @param turn model calls made so far
 * @param maxTurns the run's turn limit
 * @param usage usage so far, nested agent runs included
 * @param rawResponses every model response, in order
 * @param inputGuardrailsChecked whether the input guardrails have passed
 * @param options the run's options
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunState(
    String startingAgent,
    String currentAgent,
    List<Item> input,
    List<Item> newItems,
    List<Item> conversation,
    int historyLength,
    int turn,
    int maxTurns,
    Usage usage,
    List<ModelResponse> rawResponses,
    boolean inputGuardrailsChecked,
    RunOptions options) {

  public RunState {
    input = input == null ? List.of() : List.copyOf(input);
    newItems = newItems == null ? List.of() : List.copyOf(newItems);
    conversation = conversation == null ? List.of() : List.copyOf(conversation);
    rawResponses = rawResponses == null ? List.of() : List.copyOf(rawResponses);
    usage = usage == null ? Usage.EMPTY : usage;
    options = options == null ? RunOptions.DEFAULTS : options;
  }

  /** The state of a run that has not started. */
  public static RunState start(String agent, List<Item> input, int maxTurns, RunOptions options) {
    return new RunState(agent, agent, input, List.of(), input, input.size(), 0, maxTurns, Usage.EMPTY, List.of(), false, options);
  }

  /** The run's input followed by its new items: the conversation to continue it with. */
  public List<Item> toInputList() {
    return concat(input, newItems);
  }

  /**
   * This state with a new user turn appended: for conversations that go on after a final
   * output. Turn counting starts again; usage keeps adding up.
   */
  public RunState continueWith(List<Item> userInput) {
    List<Item> history = concat(toInputList(), userInput);
    List<Item> next = concat(conversation, userInput);
    return new RunState(currentAgent, currentAgent, history, List.of(), next, next.size(),
        0, maxTurns, usage, List.of(), false, options);
  }

  private static List<Item> concat(List<Item> a, List<Item> b) {
    java.util.ArrayList<Item> all = new java.util.ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
