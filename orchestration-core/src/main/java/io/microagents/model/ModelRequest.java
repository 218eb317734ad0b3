package io.microagents.model;

import io.microagents.items.Item;
import java.util.List;

/**
 * Everything one model call needs; serializable, so it can be an activity's input.
 *
 * @param agent the name of the agent making the call (for logs and summaries)
 * @param model the model name
 * @param instructions the system prompt
 * @param input the conversation so far
 * @param tools the functions offered, handoffs included
 * @param output the structured output required, or {@code null} for text
 * @param settings model tuning
 * @param priorInput when set, {@code input} holds only the items after the first
 *     {@code priorInput.count()} of the conversation, which the receiver resolves (a durable
 *     runtime's way of keeping each call's recorded input small); a {@link Model} never sees it set
 */
public record ModelRequest(
    String agent,
    String model,
    String instructions,
    List<Item> input,
    List<ToolSpec> tools,
    OutputSpec output,
    ModelSettings settings,
    ItemsReference priorInput) {

  /** A request that carries its whole input. */
  public ModelRequest(String agent, String model, String instructions, List<Item> input,
      List<ToolSpec> tools, OutputSpec output, ModelSettings settings) {
    this(agent, model, instructions, input, tools, output, settings, null);
  }

  public ModelRequest {
    input = input == null ? List.of() : List.copyOf(input);
    tools = tools == null ? List.of() : List.copyOf(tools);
    settings = settings == null ? ModelSettings.DEFAULT : settings;
  }

  /** This request with another input and prior-input reference. */
  public ModelRequest withInput(List<Item> newInput, ItemsReference prior) {
    return new ModelRequest(agent, model, instructions, newInput, tools, output, settings, prior);
  }
}
