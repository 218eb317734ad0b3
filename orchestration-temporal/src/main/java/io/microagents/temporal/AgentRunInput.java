package io.microagents.temporal;

import io.microagents.items.Item;
import io.microagents.run.RunOptions;
import java.util.List;

/**
 * The input of an {@link AgentWorkflow}: which agent starts, on what, with which options.
 * Only names and our own records cross the workflow boundary; the agent graph is resolved
 * from the worker's registry.
 *
 * @param agent the name of the starting agent in the worker's registry
 * @param input the conversation to start from (usually one user message); empty when the run
 *     continued as new (the conversation is in {@code continuation})
 * @param options the run's options; {@code null} for {@link RunOptions#DEFAULTS}
 * @param continuation what the previous workflow run carried over, when the run continued as
 *     new; {@code null} for a run that starts
 */
public record AgentRunInput(String agent, List<Item> input, RunOptions options, Continuation continuation) {

  public AgentRunInput {
    input = input == null ? List.of() : List.copyOf(input);
    options = options == null ? RunOptions.DEFAULTS : options;
  }

  /** A run from the start. */
  public AgentRunInput(String agent, List<Item> input, RunOptions options) {
    this(agent, input, options, null);
  }
}
