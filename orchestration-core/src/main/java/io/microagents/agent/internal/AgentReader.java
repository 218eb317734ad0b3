package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentFactory;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.ToolDefinition;
import io.microagents.agent.ToolUseBehavior;
import io.microagents.annotations.Agent;
import io.microagents.model.OutputSpec;
import io.microagents.schema.JsonSchemas;
import io.microagents.schema.UnsupportedTypeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code @Agent} classes into validated {@link AgentDefinition}s: finds them, follows
 * their handoffs and agent tools to the classes they name, and reads each one (instructions,
 * tools, handoffs, guardrails, output type, model settings), failing fast with the class and
 * member at fault.
 */
public final class AgentReader {

  private AgentReader() {}

  /** The {@code @Agent} classes in these packages (and sub-packages). */
  public static Set<Class<?>> scan(List<String> packages) {
    return AgentScanner.scan(packages);
  }

  /**
   * Reads these classes and every {@code @Agent} class they reach through handoffs and
   * agent tools (cycles included), creating one instance per class with {@code factory}.
   *
   * @throws AgentDefinitionException naming the class and member at fault
   */
  public static List<AgentDefinition> readAll(Collection<Class<?>> classes, AgentFactory factory) {
    AgentInstances instances = new AgentInstances(factory);
    List<AgentDefinition> result = new ArrayList<>();
    for (Class<?> c : reachable(classes)) {
      result.add(read(c, instances));
    }
    return result;
  }

  /**
   * Checks that every handoff target and agent tool names a registered agent.
   *
   * @throws AgentDefinitionException naming the agent and the missing name
   */
  public static void checkReferences(Map<String, AgentDefinition> byName) {
    for (AgentDefinition d : byName.values()) {
      for (HandoffDefinition h : d.handoffs()) {
        if (!byName.containsKey(h.targetAgent())) {
          throw new AgentDefinitionException("Agent '" + d.name() + "' hands off to '" + h.targetAgent()
              + "', which is not a registered agent; known agents: " + byName.keySet());
        }
      }
      for (ToolDefinition t : d.tools()) {
        if (t.kind() == ToolDefinition.Kind.AGENT && !byName.containsKey(t.agentTool())) {
          throw new AgentDefinitionException("Agent '" + d.name() + "' has the agent tool '" + t.name() + "' for '"
              + t.agentTool() + "', which is not a registered agent; known agents: " + byName.keySet());
        }
      }
    }
  }

  /** The agent name a class declares: {@code @Agent(name)} or its simple name. */
  static String nameOf(Class<?> agentClass) {
    Agent agent = agentClass.getAnnotation(Agent.class);
    return agent == null || agent.name().isEmpty() ? agentClass.getSimpleName() : agent.name();
  }

  /** The {@code @Agent} of a class another agent refers to, or an error naming both. */
  static Agent requireAgent(Class<?> source, Class<?> target, String reference) {
    Agent agent = target.getAnnotation(Agent.class);
    if (agent == null) {
      throw new AgentDefinitionException("Agent class " + source.getName() + " declares " + reference + " "
          + target.getName() + " which is not an @Agent class");
    }
    return agent;
  }

  private static Set<Class<?>> reachable(Collection<Class<?>> roots) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      Class<?> c = queue.poll();
      if (!seen.add(c)) {
        continue;
      }
      Agent agent = c.getAnnotation(Agent.class);
      if (agent != null) { // a class without @Agent fails in read(), with its name
        for (Class<?> next : concat(agent.handoffs(), agent.agentTools())) {
          if (next.isAnnotationPresent(Agent.class)) {
            queue.add(next);
          }
        }
      }
    }
    return seen;
  }

  private static AgentDefinition read(Class<?> c, AgentInstances instances) {
    Agent agent = c.getAnnotation(Agent.class);
    if (agent == null) {
      throw new AgentDefinitionException("Class " + c.getName() + " is registered as an agent but is not annotated with @Agent");
    }
    if (agent.maxTurns() < 0) {
      throw new AgentDefinitionException("Agent class " + c.getName() + ": maxTurns must be 0 (the run's default) or more");
    }
    Object instance = instances.of(c, "agent");
    AgentDefinition.Builder b = AgentDefinition.builder(nameOf(c))
        .agentClass(c)
        .instructions(InstructionsReader.staticInstructions(c, agent))
        .dynamicInstructions(InstructionsReader.dynamicInstructions(c, instance))
        .handoffDescription(agent.handoffDescription())
        .model(agent.model())
        .maxTurns(agent.maxTurns())
        .toolUseBehavior(agent.toolUseBehavior())
        .stopAtTools(List.of(agent.stopAtTools()))
        .output(agent.outputType(), outputSpec(c, agent.outputType()));
    List<ToolDefinition> tools = new ArrayList<>(ToolReader.read(c, instance));
    tools.addAll(AgentToolReader.read(c, agent));
    if (agent.askHuman()) {
      tools.add(ToolDefinition.askHuman());
    }
    List<HandoffDefinition> handoffs = HandoffReader.read(c, agent, instance);
    checkUniqueNames(c, tools, handoffs);
    b.mcpServers(mcpServers(c, agent));
    b.needsApproval(approvals(c, agent, tools));
    checkStopAtTools(c, agent, tools);
    List<String> toolNames = new ArrayList<>(tools.stream().map(ToolDefinition::name).toList());
    handoffs.forEach(h -> toolNames.add(h.toolName()));
    // With MCP servers, toolChoice may name a tool they list: McpAgents checks it once they have.
    b.modelSettings(ModelTuningReader.read(c, toolNames, agent.mcpServers().length > 0));
    tools.forEach(b::tool);
    handoffs.forEach(b::handoff);
    GuardrailReader.input(c, instance).forEach(b::inputGuardrail);
    GuardrailReader.output(c, instance, agent.outputType()).forEach(b::outputGuardrail);
    for (Class<?> g : agent.guardrails()) {
      Object guardrails = instances.of(g, "guardrail");
      var input = GuardrailReader.input(g, guardrails);
      var output = GuardrailReader.output(g, guardrails, agent.outputType());
      if (input.isEmpty() && output.isEmpty()) {
        throw new AgentDefinitionException("Agent class " + c.getName() + " lists the guardrail class " + g.getName()
            + ", which has no @InputGuardrail or @OutputGuardrail method");
      }
      input.forEach(b::inputGuardrail);
      output.forEach(b::outputGuardrail);
    }
    return b.build();
  }

  private static List<String> mcpServers(Class<?> c, Agent agent) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : agent.mcpServers()) {
      if (name.isBlank() || !names.add(name)) {
        throw new AgentDefinitionException("Agent class " + c.getName() + ": mcpServers has "
            + (name.isBlank() ? "a blank name" : "'" + name + "' twice"));
      }
    }
    return List.copyOf(names);
  }

  /**
   * Marks the agent's own tools named in {@code needsApproval}; returns the names left over,
   * which an MCP server's tools must supply when they are attached.
   */
  private static List<String> approvals(Class<?> c, Agent agent, List<ToolDefinition> tools) {
    List<String> pending = new ArrayList<>();
    for (String name : new LinkedHashSet<>(List.of(agent.needsApproval()))) {
      int i = indexOf(tools, name);
      if (i >= 0) {
        tools.set(i, tools.get(i).withApproval());
      } else if (agent.mcpServers().length > 0) {
        pending.add(name);
      } else {
        throw new AgentDefinitionException("Agent class " + c.getName() + ": needsApproval names '" + name
            + "', which is not one of its tools " + tools.stream().map(ToolDefinition::name).toList());
      }
    }
    return pending;
  }

  private static int indexOf(List<ToolDefinition> tools, String name) {
    for (int i = 0; i < tools.size(); i++) {
      if (tools.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static OutputSpec outputSpec(Class<?> c, Class<?> outputType) {
    if (outputType == String.class) {
      return null;
    }
    try {
      return new OutputSpec(outputType.getSimpleName(), JsonSchemas.objectSchema(outputType), true);
    } catch (UnsupportedTypeException e) {
      throw new AgentDefinitionException("Agent class " + c.getName() + ": outputType " + outputType.getName()
          + " has no JSON schema: " + e.getMessage() + ". Use String for text, or a record or POJO", e);
    }
  }

  private static void checkUniqueNames(Class<?> c, List<ToolDefinition> tools, List<HandoffDefinition> handoffs) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (ToolDefinition t : tools) {
      String source = t.method() != null ? "method " + Members.describe(t.method()) : "agent tool " + t.agentTool();
      claim(c, sources, t.name(), source);
    }
    for (HandoffDefinition h : handoffs) {
      claim(c, sources, h.toolName(), "handoff to " + h.targetAgent());
    }
  }

  private static void claim(Class<?> c, Map<String, String> sources, String name, String source) {
    String previous = sources.putIfAbsent(name, source);
    if (previous != null) {
      throw new AgentDefinitionException("Agent class " + c.getName() + " has two tools named '" + name + "': "
          + previous + " and " + source);
    }
  }

  private static void checkStopAtTools(Class<?> c, Agent agent, List<ToolDefinition> tools) {
    for (String name : agent.stopAtTools()) {
      // an MCP server's tool is checked when the servers' tools are attached
      if (agent.mcpServers().length == 0 && tools.stream().noneMatch(t -> t.name().equals(name))) {
        throw new AgentDefinitionException("Agent class " + c.getName() + ": stopAtTools names '" + name
            + "', which is not one of its tools " + tools.stream().map(ToolDefinition::name).toList());
      }
    }
    if (agent.toolUseBehavior() == ToolUseBehavior.STOP_AT_TOOLS && agent.stopAtTools().length == 0) {
      throw new AgentDefinitionException("Agent class " + c.getName()
          + ": toolUseBehavior STOP_AT_TOOLS needs stopAtTools to name at least one tool");
    }
  }

  private static List<Class<?>> concat(Class<?>[] a, Class<?>[] b) {
    List<Class<?>> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all;
  }
}
