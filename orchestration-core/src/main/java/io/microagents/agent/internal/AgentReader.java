package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentFactory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Placeholder: turns @Agent classes into definitions. */
public final class AgentReader {
  private AgentReader() {}

  public static Set<Class<?>> scan(List<String> packages) {
    return Set.of();
  }

  public static List<AgentDefinition> readAll(Collection<Class<?>> classes, AgentFactory factory) {
    return List.of();
  }

  public static void checkReferences(Map<String, AgentDefinition> byName) {}
}
