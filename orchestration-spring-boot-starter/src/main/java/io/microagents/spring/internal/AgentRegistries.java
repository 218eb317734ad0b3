package io.microagents.spring.internal;

import io.microagents.annotations.Agent;
import io.microagents.agent.AgentFactory;
import io.microagents.agent.AgentRegistry;
import io.microagents.spring.MicroagentsConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/** Builds the registry of a Spring application: the configured packages scanned, the {@code @Agent} beans added. */
public final class AgentRegistries {

  private AgentRegistries() {}

  /**
   * The agents of {@code packages} (empty: the application's package) and every bean whose
   * class is annotated {@code @Agent}, made by {@code factory}.
   *
   * @throws MicroagentsConfigurationException naming {@code microagents.agents.packages} when there is no agent
   */
  public static AgentRegistry build(List<String> packages, AgentFactory factory, ConfigurableListableBeanFactory beans) {
    List<String> scanned = new ArrayList<>();
    for (String p : packages) {
      if (p != null && !p.isBlank()) {
        scanned.add(p.trim());
      }
    }
    if (scanned.isEmpty() && AutoConfigurationPackages.has(beans)) {
      scanned.addAll(AutoConfigurationPackages.get(beans));
    }
    Set<Class<?>> agentBeans = new LinkedHashSet<>();
    for (String name : beans.getBeanNamesForAnnotation(Agent.class)) {
      Class<?> type = beans.getType(name);
      if (type != null) {
        agentBeans.add(ClassUtils.getUserClass(type));
      }
    }
    AgentRegistry registry = AgentRegistry.builder().scan(scanned.toArray(String[]::new))
        .register(agentBeans.toArray(Class<?>[]::new)).factory(factory).build();
    if (registry.agents().isEmpty()) {
      throw new MicroagentsConfigurationException("microagents.agents.packages",
          "no @Agent class in " + (scanned.isEmpty() ? "any package" : scanned) + " and no @Agent bean",
          "Name the packages of your @Agent classes, or define an AgentRegistry bean");
    }
    return registry;
  }
}
