package io.microagents.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.items.Item;
import io.microagents.json.Json;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a finished run. Serializable: a durable run returns it as its result.
 *
 * @param finalOutput the final output as JSON: a string for text, an object for structured output
 * @param lastAgent the agent that produced it
 * @param input the input the run started with
 * @param newItems every item the run generated, in order
 * @param usage usage of the whole run, handoffs and agents run as tools included
 * @param rawResponses every model response, in order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunResult(
    JsonNode finalOutput,
    String lastAgent,
    List<Item> input,
    List<Item> newItems,
    Usage usage,
    List<ModelResponse> rawResponses) {

  public RunResult {
    input = input == null ? List.of() : List.copyOf(input);
    newItems = newItems == null ? List.of() : List.copyOf(newItems);
    rawResponses = rawResponses == null ? List.of() : List.copyOf(rawResponses);
    usage = usage == null ? Usage.EMPTY : usage;
  }

  /** The final output as text: the message for text output, the JSON for structured output. */
  @JsonIgnore
  public String finalOutputText() {
    return Json.outputText(finalOutput);
  }

  /** The final output converted to its type (a record, a POJO, or String). */
  public <T> T finalOutput(Class<T> type) {
    return Json.output(finalOutput, type);
  }

  /** The run's input followed by its new items: the conversation to continue it with. */
  @JsonIgnore
  public List<Item> toInputList() {
    List<Item> all = new ArrayList<>(input);
    all.addAll(newItems);
    return all;
  }
}
