package io.microagents.temporal.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.microagents.agent.ToolDefinition;
import io.microagents.model.ToolSpec;

/**
 * One tool as a run saw it when it started.
 *
 * @param spec its name, description and argument schema, as offered to the model
 * @param kind a function, an agent, or a question to a person
 * @param agentTool the agent an agent tool runs, else {@code null}
 * @param inline whether it runs in workflow code
 * @param needsApproval whether a person approves each call
 * @param policy the activity policy of its calls ({@code null} but for function tools run as activities)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolSnapshot(
    ToolSpec spec, ToolDefinition.Kind kind, String agentTool, boolean inline, boolean needsApproval,
    PolicySnapshot policy) {

  /** The tool's name. */
  public String name() {
    return spec.name();
  }
}
