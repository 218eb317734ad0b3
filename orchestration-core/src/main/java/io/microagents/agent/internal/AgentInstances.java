package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentFactory;
import java.util.HashMap;
import java.util.Map;

/** One instance per agent or guardrail class, created through the application's {@link AgentFactory}. */
final class AgentInstances {

  private final AgentFactory factory;
  private final Map<Class<?>, Object> instances = new HashMap<>();

  AgentInstances(AgentFactory factory) {
    this.factory = factory;
  }

  /**
   * The instance of this class, created on first use.
   *
   * @throws AgentDefinitionException naming the class when the factory fails
   */
  Object of(Class<?> type, String role) {
    Object instance = instances.get(type);
    if (instance == null) {
      try {
        instance = factory.instance(type);
      } catch (Exception | LinkageError e) { // a ClassCastException too: it names both classes
        throw new AgentDefinitionException("Cannot create " + role + " class " + type.getName()
            + " through the AgentFactory (the default needs a public no-arg constructor): " + e, e);
      }
      if (instance == null) {
        throw new AgentDefinitionException("The AgentFactory returned null for " + role + " class " + type.getName());
      }
      instances.put(type, instance);
    }
    return instance;
  }
}
