package io.microagents.temporal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.json.Json;
import io.microagents.model.Usage;

/**
 * What a durable agent run returns as its workflow result: the final output and what the run
 * cost, never its items, so the result stays small however long the run was. The items and
 * the raw model responses stay in the workflow's history; {@link AgentClient#items} and
 * {@link AgentClient#result} read them from there.
 *
 * @param finalOutput the final output as JSON: a string for text, an object for structured output
 * @param lastAgent the agent that produced it
 * @param usage usage of the whole run, handoffs and agents run as tools included
 * @param turns model calls made
 * @param items items the run generated (model outputs, tool calls and their outputs, handoffs)
 * @param runs workflow runs the run took: 1, plus one per continue-as-new
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunSummary(JsonNode finalOutput, String lastAgent, Usage usage, int turns, int items, int runs) {

  public RunSummary {
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
}
