package io.microagents.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.microagents.agent.AgentDefinition;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.ToolDefinition;
import io.microagents.agent.ToolUseBehavior;
import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.model.ModelResponse;
import io.microagents.run.ApprovalDecision;
import io.microagents.run.ErrorPolicy;
import io.microagents.run.ModelBehaviorException;
import io.microagents.run.RunContext;
import io.microagents.run.RunHooks;
import io.microagents.run.ToolFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Processes one model response: sorts its calls (duplicate ids made unique, see
 * {@link CallIds}), asks approvals, runs the tools, picks the handoff.
 */
final class TurnRunner {

  static final String MULTIPLE_HANDOFFS = "Multiple handoffs detected, ignoring this one.";

  private final AgentDefinition agent;
  private final AgentEffects effects;
  private final RunHooks hooks;
  private final RunContext ctx;
  private final LoopState s;

  TurnRunner(AgentDefinition agent, AgentEffects effects, RunHooks hooks, RunContext ctx, LoopState s) {
    this.agent = agent;
    this.effects = effects;
    this.hooks = hooks;
    this.ctx = ctx;
    this.s = s;
  }

  TurnResult run(ModelResponse response) {
    List<Item> items = new ArrayList<>();
    List<ToolCall> calls = new ArrayList<>();
    String lastText = null;
    String refusal = null;
    for (Item item : CallIds.unique(response.output())) {
      if (item instanceof ToolCall call) {
        HandoffDefinition h = agent.handoff(call.name());
        items.add(h == null ? call : new HandoffCall(call.callId(), call.name(), call.arguments(), h.targetAgent()));
        calls.add(call);
        continue;
      }
      items.add(item);
      if (item instanceof Message m && m.role() == Role.ASSISTANT) {
        if (m.refusal() != null && !m.refusal().isEmpty()) {
          refusal = m.refusal();
        } else {
          lastText = m.content();
        }
      }
    }
    if (calls.isEmpty()) {
      return new TurnResult(items, lastText, refusal, false, null, null, null);
    }

    // One output per call, by position: the model's order, whatever the ids.
    ToolOutput[] outputs = new ToolOutput[calls.size()];
    HandoffDefinition handoff = null;
    HandoffCall handoffCall = null;
    List<ToolInvocation> toRun = new ArrayList<>();
    List<Integer> toRunAt = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      ToolCall call = calls.get(i);
      HandoffDefinition h = agent.handoff(call.name());
      if (h != null) {
        if (handoff == null) {
          handoff = h;
          handoffCall = new HandoffCall(call.callId(), call.name(), call.arguments(), h.targetAgent());
          outputs[i] = ToolOutput.of(call.callId(), Json.write(Map.of("assistant", h.targetAgent())));
        } else {
          outputs[i] = ToolOutput.of(call.callId(), MULTIPLE_HANDOFFS);
        }
        continue;
      }
      ToolDefinition tool = agent.tool(call.name());
      if (tool == null) {
        outputs[i] = modelError("Tool '" + call.name() + "' not found in agent '" + agent.name()
            + "'. Available tools: " + toolNames(), call);
        continue;
      }
      if (tool.needsApproval()) {
        ToolOutput refused = approve(tool, call);
        if (refused != null) {
          outputs[i] = refused;
          continue;
        }
      }
      if (tool.kind() == ToolDefinition.Kind.HUMAN) {
        hooks.onToolStart(ctx, agent.name(), call);
        outputs[i] = ToolOutput.of(call.callId(), askHuman(call));
        hooks.onToolEnd(ctx, agent.name(), call, outputs[i]);
        continue;
      }
      toRun.add(new ToolInvocation(call, tool, ctx));
      toRunAt.add(i);
    }

    runTools(toRun, toRunAt, outputs);
    items.addAll(List.of(outputs));
    JsonNode finalOutput = handoff == null ? finalFromTools(calls, outputs) : null;
    return new TurnResult(items, lastText, refusal, true, handoff, handoffCall, finalOutput);
  }

  /**
   * Asks a person whether the call may run, showing the arguments exactly as they will be
   * bound (canonical JSON), never the model's raw text; arguments that do not bind are an
   * error for the model and nobody is asked.
   *
   * @return the call's output when it must not run, or {@code null} when approved
   */
  private ToolOutput approve(ToolDefinition tool, ToolCall call) {
    String canonical;
    try {
      canonical = tool.canonicalArguments(call.arguments());
    } catch (ToolArgumentsException e) {
      return modelError(e.getMessage(), call);
    }
    ApprovalDecision d = effects.requestApproval(agent, new ToolCall(call.callId(), call.name(), canonical), ctx);
    if (d.approved()) {
      return null;
    }
    String why = d.reason() == null ? "." : ": " + d.reason();
    return new ToolOutput(call.callId(), d.timedOut()
        ? "Tool call not run: the approval timed out" + why
        : "Tool call rejected by a person" + why, true);
  }

  private void runTools(List<ToolInvocation> toRun, List<Integer> positions, ToolOutput[] outputs) {
    if (toRun.isEmpty()) {
      return;
    }
    for (ToolInvocation inv : toRun) {
      hooks.onToolStart(ctx, agent.name(), inv.call());
    }
    List<ToolOutcome> outcomes = effects.runTools(agent, toRun);
    for (int i = 0; i < toRun.size(); i++) {
      ToolOutcome outcome = outcomes.get(i);
      s.usage = s.usage.plus(outcome.usage());
      ToolCall call = toRun.get(i).call();
      int at = positions.get(i);
      outputs[at] = switch (outcome.status()) {
        case OK -> ToolOutput.of(call.callId(), outcome.output());
        case INVALID_ARGUMENTS -> modelError(outcome.output(), call);
        case FAILED -> {
          if (s.options.toolErrors() == ErrorPolicy.FAIL_RUN) {
            throw new ToolFailedException(call.name(), outcome.output(), s.snapshot());
          }
          yield new ToolOutput(call.callId(), outcome.output(), true);
        }
      };
      hooks.onToolEnd(ctx, agent.name(), call, outputs[at]);
    }
  }

  private String askHuman(ToolCall call) {
    String question;
    try {
      JsonNode args = Json.parse(call.arguments());
      question = args.path("question").asText(call.arguments());
    } catch (IllegalArgumentException e) {
      question = call.arguments();
    }
    return effects.askHuman(agent, question, ctx);
  }

  /** The output telling the model what it got wrong, or a failed run with {@code modelErrors = FAIL_RUN}. */
  private ToolOutput modelError(String error, ToolCall call) {
    if (s.options.modelErrors() == ErrorPolicy.FAIL_RUN) {
      throw new ModelBehaviorException(error, s.snapshot());
    }
    return new ToolOutput(call.callId(), "Error: " + error, true);
  }

  private JsonNode finalFromTools(List<ToolCall> calls, ToolOutput[] outputs) {
    ToolUseBehavior behavior = agent.toolUseBehavior();
    for (int i = 0; i < calls.size(); i++) {
      ToolCall call = calls.get(i);
      ToolOutput out = outputs[i];
      if (agent.tool(call.name()) == null || out == null || out.error()) {
        continue;
      }
      if (behavior == ToolUseBehavior.STOP_ON_FIRST_TOOL
          || behavior == ToolUseBehavior.STOP_AT_TOOLS && agent.stopAtTools().contains(call.name())) {
        return TextNode.valueOf(out.output());
      }
    }
    return null;
  }

  private List<String> toolNames() {
    List<String> names = new ArrayList<>();
    agent.tools().forEach(t -> names.add(t.name()));
    agent.handoffs().forEach(h -> names.add(h.toolName()));
    return names;
  }
}
