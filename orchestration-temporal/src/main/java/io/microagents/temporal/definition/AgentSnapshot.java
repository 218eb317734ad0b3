package io.microagents.temporal.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.microagents.agent.ToolUseBehavior;
import io.microagents.model.ModelSettings;
import io.microagents.model.OutputSpec;
import java.util.List;

/**
 * One agent as a run saw it when it started.
 *
 * @param name the agent's name
 * @param instructions its static instructions
 * @param dynamicInstructions whether an {@code @Instructions} method computes them (that method is
 *     code: the one deployed runs, and falls back to {@code instructions} when it is gone)
 * @param model the model name; empty for the run's default
 * @param modelSettings model tuning
 * @param tools its tools, in order
 * @param handoffs its handoffs, in order
 * @param output the structured output's schema, or {@code null} for text
 * @param outputType the output type's class name ({@code java.lang.String} for text)
 * @param maxTurns its turn limit; 0 for the run's default
 * @param toolUseBehavior what happens after tools run
 * @param stopAtTools tools that end the run with {@code STOP_AT_TOOLS}
 * @param inputGuardrails names of its input guardrails
 * @param outputGuardrails names of its output guardrails
 * @param modelPolicy the activity policy of its model calls
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentSnapshot(
    String name,
    String instructions,
    boolean dynamicInstructions,
    String model,
    ModelSettings modelSettings,
    List<ToolSnapshot> tools,
    List<HandoffSnapshot> handoffs,
    OutputSpec output,
    String outputType,
    int maxTurns,
    ToolUseBehavior toolUseBehavior,
    List<String> stopAtTools,
    List<String> inputGuardrails,
    List<String> outputGuardrails,
    PolicySnapshot modelPolicy) {

  public AgentSnapshot {
    tools = tools == null ? List.of() : List.copyOf(tools);
    handoffs = handoffs == null ? List.of() : List.copyOf(handoffs);
    stopAtTools = stopAtTools == null ? List.of() : List.copyOf(stopAtTools);
    inputGuardrails = inputGuardrails == null ? List.of() : List.copyOf(inputGuardrails);
    outputGuardrails = outputGuardrails == null ? List.of() : List.copyOf(outputGuardrails);
  }

  /** This agent with these tools (those listed when a run started). */
  public AgentSnapshot withTools(List<ToolSnapshot> listedTools) {
    return new AgentSnapshot(name, instructions, dynamicInstructions, model, modelSettings, listedTools, handoffs, output,
        outputType, maxTurns, toolUseBehavior, stopAtTools, inputGuardrails, outputGuardrails, modelPolicy);
  }
}
