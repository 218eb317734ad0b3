package io.microagents.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.GuardrailDefinition;
import io.microagents.agent.GuardrailResult;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.HandoffInputData;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ToolSpec;
import io.microagents.run.AgentCodeException;
import io.microagents.run.AgentRunException;
import io.microagents.run.ErrorPolicy;
import io.microagents.run.InputGuardrailTripwireException;
import io.microagents.run.MaxTurnsExceededException;
import io.microagents.run.ModelBehaviorException;
import io.microagents.run.OutputGuardrailTripwireException;
import io.microagents.run.RunContext;
import io.microagents.run.RunHooks;
import io.microagents.run.RunResult;
import io.microagents.run.RunState;
import java.util.ArrayList;
import java.util.List;

/**
 * The agentic loop: call the model, run the tools it asks for, hand off when it transfers
 * control, stop at a final output. Deterministic: every effect goes through
 * {@link AgentEffects}, so the same loop runs in-process and inside a Temporal workflow.
 *
 * <p>One instance runs one run, on one thread; {@link #state()} may be read between steps.
 */
public final class AgentLoop {

  private final AgentRegistry registry;
  private final AgentEffects effects;
  private final RunHooks hooks;
  private LoopState s;

  public AgentLoop(AgentRegistry registry, AgentEffects effects, RunHooks hooks) {
    this.registry = registry;
    this.effects = effects;
    this.hooks = hooks == null ? RunHooks.NONE : hooks;
  }

  /** The run's state now: before, during or after {@link #run(RunState)}. */
  public RunState state() {
    return s == null ? null : s.snapshot();
  }

  /** How many items this loop has generated so far; cheap, unlike {@link #state()}. */
  public int newItemCount() {
    return s == null ? 0 : s.newItems.size();
  }

  /** A copy of the items this loop generated from position {@code from} on. */
  public List<Item> newItemsSince(int from) {
    return s == null ? List.of() : List.copyOf(s.newItems.subList(from, s.newItems.size()));
  }

  /**
   * Runs from the given state (a new one from {@link RunState#start}, or a saved one) to a
   * final output.
   *
   * @throws io.microagents.run.AgentRunException carrying the state when the run stops early
   */
  public RunResult run(RunState initial) {
    s = new LoopState(initial);
    AgentDefinition agent = registry.agent(s.currentAgent);
    if (!s.inputGuardrailsChecked) {
      checkInput(agent);
      s.inputGuardrailsChecked = true;
    }
    hooks.onAgentStart(context(), agent.name());
    while (true) {
      if (s.turn >= s.maxTurns) {
        throw new MaxTurnsExceededException(s.maxTurns, s.snapshot());
      }
      s.turn++;
      ModelResponse response = callModel(agent);
      TurnResult turn = new TurnRunner(agent, effects, hooks, context(), s).run(response);
      if (turn.handoff() != null) {
        agent = handOff(agent, turn);
        continue;
      }
      s.append(turn.items());
      if (turn.finalOutput() != null) {
        return finish(agent, turn.finalOutput());
      }
      if (!turn.ranTools()) {
        JsonNode output = finalOutputOf(agent, turn);
        if (output != null) {
          return finish(agent, output);
        }
      }
    }
  }

  private RunContext context() {
    return new RunContext(s.options.context(), s.currentAgent, s.turn, s.usage);
  }

  private void checkInput(AgentDefinition agent) {
    for (GuardrailDefinition g : agent.inputGuardrails()) {
      GuardrailResult r = guardrail(agent, g, s.input);
      if (r.tripwireTriggered()) {
        throw new InputGuardrailTripwireException(g.name(), r.info(), s.snapshot());
      }
    }
  }

  private GuardrailResult guardrail(AgentDefinition agent, GuardrailDefinition g, Object value) {
    try {
      return effects.runGuardrail(agent, g, value, context());
    } catch (AgentRunException e) {
      throw e;
    } catch (Exception e) {
      throw new AgentCodeException("Guardrail '" + g.name() + "' of agent '" + agent.name() + "' failed: " + e,
          s.snapshot(), e);
    }
  }

  private ModelResponse callModel(AgentDefinition agent) {
    RunContext ctx = context();
    ModelRequest request = request(agent, ctx);
    hooks.onModelStart(ctx, agent.name(), request);
    ModelResponse response = effects.callModel(agent, request);
    s.usage = s.usage.plus(response.usage());
    s.rawResponses.add(response);
    hooks.onModelEnd(context(), agent.name(), response);
    return response;
  }

  private ModelRequest request(AgentDefinition agent, RunContext ctx) {
    List<ToolSpec> tools = new ArrayList<>();
    agent.tools().forEach(t -> tools.add(t.spec()));
    agent.handoffs().forEach(h -> tools.add(h.spec()));
    String model = s.options.model() != null ? s.options.model() : agent.model();
    return new ModelRequest(agent.name(), model, instructions(agent, ctx), s.conversation, tools,
        agent.outputSpec(), agent.modelSettings().merge(s.options.modelSettings()));
  }

  private String instructions(AgentDefinition agent, RunContext ctx) {
    if (agent.dynamicInstructions() == null) {
      return agent.instructions();
    }
    try {
      return agent.dynamicInstructions().instructions(ctx);
    } catch (Exception e) {
      throw new AgentCodeException("Instructions method of agent '" + agent.name() + "' failed: " + e, s.snapshot(), e);
    }
  }

  private AgentDefinition handOff(AgentDefinition from, TurnResult turn) {
    HandoffDefinition h = turn.handoff();
    HandoffCall call = turn.handoffCall();
    try {
      effects.runHandoffCallback(from, h, call, context());
    } catch (AgentRunException e) {
      throw e;
    } catch (ToolArgumentsException e) {
      if (s.options.modelErrors() == ErrorPolicy.FAIL_RUN) {
        throw new ModelBehaviorException("Invalid arguments for handoff '" + h.toolName() + "': " + e.getMessage(), s.snapshot(), e);
      }
      // The handoff is not taken: the model sees why and may try again.
      String error = "Error: invalid arguments for " + h.toolName() + ": " + e.getMessage();
      List<Item> items = new ArrayList<>();
      for (Item i : turn.items()) {
        boolean answer = i instanceof ToolOutput o && o.callId().equals(call.callId());
        items.add(answer ? new ToolOutput(call.callId(), error, true) : i);
      }
      s.append(items);
      return from;
    } catch (Exception e) {
      throw new AgentCodeException("Handoff callback of '" + h.toolName() + "' in agent '" + from.name()
          + "' failed: " + e, s.snapshot(), e);
    }
    List<Item> conversationBefore = s.conversation;
    HandoffInputData data = new HandoffInputData(
        conversationBefore.subList(0, s.historyLength),
        conversationBefore.subList(s.historyLength, conversationBefore.size()),
        turn.items());
    HandoffInputData filtered = h.inputFilter().filter(data);
    s.newItems.addAll(turn.items());
    List<Item> next = new ArrayList<>(filtered.inputHistory());
    next.addAll(filtered.preHandoffItems());
    next.addAll(filtered.newItems());
    s.conversation = next;
    s.historyLength = filtered.inputHistory().size();
    AgentDefinition to = registry.agent(h.targetAgent());
    hooks.onHandoff(context(), from.name(), to.name());
    s.currentAgent = to.name();
    hooks.onAgentStart(context(), to.name());
    return to;
  }

  private JsonNode finalOutputOf(AgentDefinition agent, TurnResult turn) {
    if (agent.outputSpec() == null) {
      if (turn.lastText() != null) {
        return TextNode.valueOf(turn.lastText());
      }
      return turn.refusal() != null ? TextNode.valueOf(turn.refusal()) : null;
    }
    if (turn.refusal() != null) {
      throw new ModelBehaviorException("Agent '" + agent.name() + "' refused to produce "
          + agent.outputType().getSimpleName() + ": " + turn.refusal(), s.snapshot());
    }
    if (turn.lastText() == null) {
      return null;
    }
    try {
      JsonNode json = Json.parse(turn.lastText());
      Json.mapper().treeToValue(json, agent.outputType());
      return json;
    } catch (Exception e) {
      throw new ModelBehaviorException("Agent '" + agent.name() + "' produced invalid "
          + agent.outputType().getSimpleName() + " output: " + e.getMessage(), s.snapshot(), e);
    }
  }

  private RunResult finish(AgentDefinition agent, JsonNode output) {
    Object value = output.isTextual() ? output.asText() : Json.convert(output, agent.outputType());
    for (GuardrailDefinition g : agent.outputGuardrails()) {
      GuardrailResult r = guardrail(agent, g, value);
      if (r.tripwireTriggered()) {
        throw new OutputGuardrailTripwireException(g.name(), r.info(), s.snapshot());
      }
    }
    hooks.onAgentEnd(context(), agent.name(), value);
    return new RunResult(output, agent.name(), s.input, s.newItems, s.usage, s.rawResponses);
  }
}
