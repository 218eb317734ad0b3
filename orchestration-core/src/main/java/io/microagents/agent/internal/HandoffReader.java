package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.HandoffInputFilter;
import io.microagents.annotations.Agent;
import io.microagents.annotations.OnHandoff;
import io.microagents.model.ToolSpec;
import io.microagents.schema.JsonSchemas;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code @Agent(handoffs = ...)} and the {@code @OnHandoff} methods that customise
 * them into handoff definitions, each offered to the model as a {@code transfer_to_<agent>} tool.
 */
final class HandoffReader {

  private HandoffReader() {}

  /**
   * Reads the handoffs of an agent class.
   *
   * @throws AgentDefinitionException naming the class or the {@code @OnHandoff} method at fault
   */
  static List<HandoffDefinition> read(Class<?> source, Agent agent, Object instance) {
    Map<Class<?>, Method> callbacks = onHandoffMethods(source, agent);
    List<HandoffDefinition> result = new ArrayList<>();
    for (Class<?> target : agent.handoffs()) {
      Agent targetAgent = AgentReader.requireAgent(source, target, "a handoff to");
      String targetName = AgentReader.nameOf(target);
      Method m = callbacks.get(target);
      OnHandoff on = m == null ? null : m.getAnnotation(OnHandoff.class);
      String toolName = on != null && !on.toolName().isEmpty() ? on.toolName() : "transfer_to_" + Names.snakeCase(targetName);
      if (!Names.isValidToolName(toolName)) {
        throw new AgentDefinitionException("Agent class " + source.getName() + ": the handoff tool name '" + toolName
            + "' for " + target.getName() + " is invalid (1 to 64 letters, digits, '_' or '-'); set @OnHandoff(toolName = ...)");
      }
      String description = on != null && !on.description().isEmpty()
          ? on.description()
          : ("Handoff to the " + targetName + " agent to handle the request. " + targetAgent.handoffDescription()).trim();
      MethodHandoffCallback callback = m == null ? null : MethodHandoffCallback.of(m, instance, toolName);
      ToolSpec spec = new ToolSpec(toolName, description,
          callback == null ? JsonSchemas.emptyObjectSchema() : callback.schema(), true);
      result.add(new HandoffDefinition(spec, targetName, on == null ? null : filter(m, on), callback));
    }
    return result;
  }

  private static Map<Class<?>, Method> onHandoffMethods(Class<?> source, Agent agent) {
    List<Class<?>> targets = List.of(agent.handoffs());
    Map<Class<?>, Method> byTarget = new LinkedHashMap<>();
    for (Method m : Members.annotated(source, OnHandoff.class)) {
      Class<?> target = m.getAnnotation(OnHandoff.class).value();
      if (!targets.contains(target)) {
        throw new AgentDefinitionException("@OnHandoff method " + Members.describe(m) + " is for " + target.getName()
            + ", which is not in @Agent(handoffs = ...) of " + source.getName());
      }
      Method previous = byTarget.putIfAbsent(target, m);
      if (previous != null) {
        throw new AgentDefinitionException("Two @OnHandoff methods for " + target.getName() + ": "
            + Members.describe(previous) + " and " + Members.describe(m));
      }
    }
    return byTarget;
  }

  private static HandoffInputFilter filter(Method m, OnHandoff on) {
    try {
      var constructor = on.inputFilter().getDeclaredConstructor();
      constructor.trySetAccessible();
      return constructor.newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new AgentDefinitionException("@OnHandoff method " + Members.describe(m) + ": cannot create inputFilter "
          + on.inputFilter().getName() + " with its no-arg constructor: " + e, e);
    }
  }
}
