package io.microagents.model;

import io.microagents.items.Item;
import java.util.List;

/**
 * What one model call returned.
 *
 * @param output the items the model produced: messages, tool calls, reasoning
 * @param usage the tokens this call used
 * @param responseId the provider's id for the response, if any
 */
public record ModelResponse(List<Item> output, Usage usage, String responseId) {

  public ModelResponse {
    output = output == null ? List.of() : List.copyOf(output);
    usage = usage == null ? Usage.EMPTY : usage;
  }
}
