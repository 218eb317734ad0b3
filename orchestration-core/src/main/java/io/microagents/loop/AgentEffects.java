package io.microagents.loop;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.GuardrailDefinition;
import io.microagents.agent.GuardrailResult;
import io.microagents.agent.HandoffDefinition;
import io.microagents.items.HandoffCall;
import io.microagents.items.ToolCall;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.run.ApprovalDecision;
import io.microagents.run.RunContext;
import java.util.List;

/**
 * Everything the agent loop does that touches the world. The loop itself is deterministic;
 * an implementation decides how effects happen: directly in-process ({@code Runner}), or as
 * Temporal activities, child workflows and awaits inside a workflow.
 */
public interface AgentEffects {

  /** Calls the model once. Failures propagate (a {@code ModelException} or similar). */
  ModelResponse callModel(AgentDefinition agent, ModelRequest request);

  /**
   * Runs function and agent tools, concurrently where possible, and returns one outcome per
   * invocation in the same order. A tool's failure is an outcome, not an exception.
   */
  List<ToolOutcome> runTools(AgentDefinition agent, List<ToolInvocation> invocations);

  /**
   * Runs one guardrail over a value (the input items, or the final output). By default a
   * direct call; its exceptions propagate and the loop stops the run with them.
   */
  default GuardrailResult runGuardrail(
      AgentDefinition agent, GuardrailDefinition guardrail, Object value, RunContext context) throws Exception {
    GuardrailResult r = guardrail.function().check(value, context);
    return r == null ? GuardrailResult.pass() : r;
  }

  /**
   * Calls a handoff's callback, if it has one, with the model's arguments. By default a
   * direct call.
   *
   * @throws io.microagents.agent.ToolArgumentsException when the arguments do not fit
   */
  default void runHandoffCallback(
      AgentDefinition from, HandoffDefinition handoff, HandoffCall call, RunContext context) throws Exception {
    if (handoff.callback() != null) {
      handoff.callback().onHandoff(call.arguments(), context);
    }
  }

  /** Asks a person to approve a tool call; waits for the answer. */
  ApprovalDecision requestApproval(AgentDefinition agent, ToolCall call, RunContext context);

  /** Asks a person a question; waits for the answer. */
  String askHuman(AgentDefinition agent, String question, RunContext context);
}
