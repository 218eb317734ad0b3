package io.microagents.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.microagents.agent.AgentDefinition;
import io.microagents.agent.HandoffDefinition;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Processes one model response: sorts its calls, runs the tools, picks the handoff. */
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
    for (Item item : response.output()) {
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

    Map<String, ToolOutput> outputs = new LinkedHashMap<>();
    HandoffDefinition handoff = null;
    HandoffCall handoffCall = null;
    List<ToolInvocation> toRun = new ArrayList<>();
    for (ToolCall call : calls) {
      HandoffDefinition h = agent.handoff(call.name());
      if (h != null) {
        if (handoff == null) {
          handoff = h;
          handoffCall = new HandoffCall(call.callId(), call.name(), call.arguments(), h.targetAgent());
          outputs.put(call.callId(), ToolOutput.of(call.callId(), Json.write(Map.of("assistant", h.targetAgent()))));
        } else {
          outputs.put(call.callId(), ToolOutput.of(call.callId(), MULTIPLE_HANDOFFS));
        }
        continue;
      }
      ToolDefinition tool = agent.tool(call.name());
      if (tool == null) {
        modelError("Tool '" + call.name() + "' not found in agent '" + agent.name() + "'. Available tools: "
            + toolNames(), call, outputs);
        continue;
      }
      outputs.put(call.callId(), null); // keeps the model's order
      if (tool.needsApproval()) {
        ApprovalDecision d = effects.requestApproval(agent, call, ctx);
        if (!d.approved()) {
          outputs.put(call.callId(), new ToolOutput(call.callId(),
              "Tool call rejected by a person" + (d.reason() == null ? "." : ": " + d.reason()), true));
          continue;
        }
      }
      if (tool.kind() == ToolDefinition.Kind.HUMAN) {
        hooks.onToolStart(ctx, agent.name(), call);
        outputs.put(call.callId(), ToolOutput.of(call.callId(), askHuman(call)));
        hooks.onToolEnd(ctx, agent.name(), call, outputs.get(call.callId()));
        continue;
      }
      toRun.add(new ToolInvocation(call, tool, ctx));
    }

    runTools(toRun, outputs);
    for (ToolOutput o : outputs.values()) {
      items.add(o);
    }
    JsonNode finalOutput = handoff == null ? finalFromTools(calls, outputs) : null;
    return new TurnResult(items, lastText, refusal, true, handoff, handoffCall, finalOutput);
  }

  private void runTools(List<ToolInvocation> toRun, Map<String, ToolOutput> outputs) {
    if (toRun.isEmpty()) {
      return;
    }
    for (ToolInvocation inv : toRun) {
      hooks.onToolStart(ctx, agent.name(), inv.call());
    }
    List<ToolOutcome> outcomes = effects.runTools(agent, toRun);
    for (int i = 0; i < toRun.size(); i++) {
      ToolInvocation inv = toRun.get(i);
      ToolOutcome outcome = outcomes.get(i);
      s.usage = s.usage.plus(outcome.usage());
      ToolCall call = inv.call();
      switch (outcome.status()) {
        case OK -> outputs.put(call.callId(), ToolOutput.of(call.callId(), outcome.output()));
        case INVALID_ARGUMENTS -> modelError(outcome.output(), call, outputs);
        case FAILED -> {
          if (s.options.toolErrors() == ErrorPolicy.FAIL_RUN) {
            throw new ToolFailedException(call.name(), outcome.output(), s.snapshot());
          }
          outputs.put(call.callId(), new ToolOutput(call.callId(), outcome.output(), true));
        }
      }
      hooks.onToolEnd(ctx, agent.name(), call, outputs.get(call.callId()));
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

  private void modelError(String error, ToolCall call, Map<String, ToolOutput> outputs) {
    if (s.options.modelErrors() == ErrorPolicy.FAIL_RUN) {
      throw new ModelBehaviorException(error, s.snapshot());
    }
    outputs.put(call.callId(), new ToolOutput(call.callId(), "Error: " + error, true));
  }

  private JsonNode finalFromTools(List<ToolCall> calls, Map<String, ToolOutput> outputs) {
    ToolUseBehavior behavior = agent.toolUseBehavior();
    for (ToolCall call : calls) {
      ToolOutput out = outputs.get(call.callId());
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
