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
 */
public record ModelRequest(
    String agent,
    String model,
    String instructions,
    List<Item> input,
    List<ToolSpec> tools,
    OutputSpec output,
    ModelSettings settings) {

  public ModelRequest {
    input = input == null ? List.of() : List.copyOf(input);
    tools = tools == null ? List.of() : List.copyOf(tools);
    settings = settings == null ? ModelSettings.DEFAULT : settings;
  }
}
