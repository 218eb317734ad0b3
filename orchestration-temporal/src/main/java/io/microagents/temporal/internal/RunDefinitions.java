package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.GuardrailDefinition;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.ToolDefinition;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.definition.AgentSnapshot;
import io.microagents.temporal.definition.HandoffSnapshot;
import io.microagents.temporal.definition.PolicySnapshot;
import io.microagents.temporal.definition.RunDefinition;
import io.microagents.temporal.definition.RuntimeSnapshot;
import io.microagents.temporal.definition.ToolSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes a run's {@link RunDefinition} from this worker's agents and options, and builds the
 * agents a run actually runs with: the shapes (tools, flags, handoffs, limits, instructions)
 * from its definition, the code (tool bodies, guardrails, callbacks, filters) from this worker.
 */
public final class RunDefinitions {

  private RunDefinitions() {}

  /** The definition of a run starting at (or now at) these agents: them and every agent they reach. */
  public static RunDefinition snapshot(AgentRegistry registry, MicroagentsOptions options, String... roots) {
    ActivityPolicies policies = new ActivityPolicies(options);
    List<AgentSnapshot> agents = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (String name : reachable(registry, roots)) {
      agents.add(snapshot(registry.agent(name), policies));
      if (registry.listing() != null && registry.listing().lists(name)) {
        listed.add(name);
      }
    }
    long timeout = options.humanTimeout() == null ? 0 : options.humanTimeout().toMillis();
    return new RunDefinition(agents, new RuntimeSnapshot(timeout, options.turnsBeforeContinueAsNew(),
        options.continueAsNewAtHistoryBytes(), options.continueAsNewAtHistoryEvents(), options.modelInputByReference()),
        listed);
  }

  /** One agent as it is on this worker now (its listed tools listed now), for a run's definition. */
  public static AgentSnapshot snapshot(AgentDefinition agent, MicroagentsOptions options) {
    return snapshot(agent, new ActivityPolicies(options));
  }

  private static AgentSnapshot snapshot(AgentDefinition a, ActivityPolicies policies) {
    List<ToolSnapshot> tools = new ArrayList<>();
    for (ToolDefinition t : a.tools()) {
      boolean activity = t.kind() == ToolDefinition.Kind.FUNCTION && !t.inline();
      tools.add(new ToolSnapshot(t.spec(), t.kind(), t.agentTool(), t.inline(), t.needsApproval(),
          activity ? PolicySnapshot.of(policies.tool(t), policies.localTool(t)) : null));
    }
    List<HandoffSnapshot> handoffs = a.handoffs().stream().map(h -> new HandoffSnapshot(h.spec(), h.targetAgent())).toList();
    return new AgentSnapshot(a.name(), a.instructions(), a.dynamicInstructions() != null, a.model(), a.modelSettings(),
        tools, handoffs, a.outputSpec(), a.outputType().getName(), a.maxTurns(), a.toolUseBehavior(), a.stopAtTools(),
        names(a.inputGuardrails()), names(a.outputGuardrails()), PolicySnapshot.of(policies.model(a), policies.localModel(a)));
  }

  private static Set<String> reachable(AgentRegistry registry, String... roots) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(roots));
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (!registry.contains(name) || !seen.add(name)) {
        continue;
      }
      AgentDefinition a = registry.agent(name);
      a.handoffs().forEach(h -> todo.add(h.targetAgent()));
      a.tools().stream().filter(t -> t.agentTool() != null).forEach(t -> todo.add(t.agentTool()));
    }
    return seen;
  }

  /** The agents of a run: each as its definition says, with this worker's code where it still has it. */
  public static AgentRegistry registry(RunDefinition definition, AgentRegistry code) {
    AgentRegistry.Builder b = AgentRegistry.builder();
    for (AgentSnapshot s : definition.agents()) {
      b.register(agent(s, code.contains(s.name()) ? code.agent(s.name()) : null));
    }
    return b.build();
  }

  private static AgentDefinition agent(AgentSnapshot s, AgentDefinition code) {
    AgentDefinition.Builder b = AgentDefinition.builder(s.name())
        .instructions(s.instructions())
        .dynamicInstructions(s.dynamicInstructions() && code != null ? code.dynamicInstructions() : null)
        .model(s.model())
        .modelSettings(s.modelSettings())
        .output(outputType(s, code), s.output())
        .toolUseBehavior(s.toolUseBehavior())
        .stopAtTools(s.stopAtTools())
        .maxTurns(s.maxTurns())
        .agentClass(code == null ? null : code.agentClass());
    for (ToolSnapshot t : s.tools()) {
      b.tool(tool(s.name(), t, code == null ? null : code.tool(t.name())));
    }
    for (HandoffSnapshot h : s.handoffs()) {
      HandoffDefinition now = code == null ? null : code.handoff(h.spec().name());
      b.handoff(new HandoffDefinition(h.spec(), h.targetAgent(), now == null ? null : now.inputFilter(),
          now == null ? null : now.callback()));
    }
    if (code != null) {
      guardrails(s.inputGuardrails(), code.inputGuardrails()).forEach(b::inputGuardrail);
      guardrails(s.outputGuardrails(), code.outputGuardrails()).forEach(b::outputGuardrail);
    }
    return b.build();
  }

  private static ToolDefinition tool(String agent, ToolSnapshot t, ToolDefinition now) {
    return switch (t.kind()) {
      case FUNCTION -> {
        boolean same = now != null && now.kind() == ToolDefinition.Kind.FUNCTION;
        yield new ToolDefinition(t.spec(), t.kind(), same ? now.invoker() : new MissingToolInvoker(agent, t.name()),
            null, t.inline(), t.needsApproval(), same ? now.method() : null);
      }
      case AGENT -> new ToolDefinition(t.spec(), t.kind(), null, t.agentTool(), false, t.needsApproval(), null);
      case HUMAN -> new ToolDefinition(t.spec(), t.kind(), null, null, false, t.needsApproval(), null);
    };
  }

  /** The type the final output is checked against: the deployed class when it is the same, else any JSON. */
  private static Class<?> outputType(AgentSnapshot s, AgentDefinition code) {
    if (code != null && code.outputType().getName().equals(s.outputType())) {
      return code.outputType();
    }
    return String.class.getName().equals(s.outputType()) ? String.class : com.fasterxml.jackson.databind.JsonNode.class;
  }

  private static List<GuardrailDefinition> guardrails(List<String> names, List<GuardrailDefinition> code) {
    return code.stream().filter(g -> names.contains(g.name())).toList();
  }

  private static List<String> names(List<GuardrailDefinition> guardrails) {
    return guardrails.stream().map(GuardrailDefinition::name).toList();
  }
}
