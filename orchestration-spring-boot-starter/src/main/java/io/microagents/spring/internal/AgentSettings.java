package io.microagents.spring.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.spring.AgentProperties;
import io.microagents.spring.MicroagentsConfigurationException;
import io.microagents.temporal.MicroagentsOptions;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * The per-agent properties, {@code microagents.agents.<name>.*}, bound by agent name and checked
 * against the registry: a name that is no agent, a timeout that is not positive or a negative
 * attempt count stops the application, naming the property.
 */
public final class AgentSettings {

  /** The prefix of per-agent properties. */
  public static final String PREFIX = "microagents.agents";

  private final Map<String, AgentProperties> byAgent;

  private AgentSettings(Map<String, AgentProperties> byAgent) {
    this.byAgent = byAgent;
  }

  /**
   * Binds {@code microagents.agents.<key>.*} for each key but {@code packages} (a map binding
   * would take {@code packages} for an agent) and matches each key to an agent
   * of the registry: by its exact name, else ignoring case and punctuation (property keys are
   * lower-cased unless written in brackets).
   */
  public static AgentSettings bind(Environment environment, AgentRegistry registry) {
    Binder binder = Binder.get(environment);
    Map<String, AgentProperties> byAgent = new LinkedHashMap<>();
    for (String key : agentKeys(environment)) {
      AgentProperties settings = binder.bind(ConfigurationPropertyName.of(PREFIX)
          .append(ConfigurationPropertyName.isValid(key) ? key : "[" + key + "]"),
          Bindable.of(AgentProperties.class)).orElse(null);
      if (settings == null) {
        continue;
      }
      String agent = match(key, registry);
      check(key, settings);
      byAgent.merge(agent, settings, AgentSettings::merge); // "writer" and "[Writer]" are one agent
    }
    return new AgentSettings(byAgent);
  }

  /** The registry with the agents' models replaced where {@code .model} is set. */
  public AgentRegistry applyModels(AgentRegistry registry) {
    if (byAgent.values().stream().allMatch(s -> s.getModel() == null || s.getModel().isBlank())) {
      return registry;
    }
    AgentRegistry.Builder b = AgentRegistry.builder();
    for (AgentDefinition d : registry.agents()) {
      AgentProperties s = byAgent.get(d.name());
      b.register(s == null || s.getModel() == null || s.getModel().isBlank() ? d : d.toBuilder().model(s.getModel()).build());
    }
    return b.build();
  }

  /** The options with each configured agent's model-call options ({@code MicroagentsOptions.agent}). */
  public MicroagentsOptions applyActivityOptions(MicroagentsOptions options) {
    MicroagentsOptions.Builder b = options.toBuilder();
    boolean changed = false;
    for (Map.Entry<String, AgentProperties> e : byAgent.entrySet()) {
      AgentProperties s = e.getValue();
      if (s.getStartToCloseTimeout() == null && s.getMaximumAttempts() == null) {
        continue;
      }
      ActivityOptions base = options.agent(e.getKey()) != null ? options.agent(e.getKey()) : options.modelActivity();
      ActivityOptions.Builder a = ActivityOptions.newBuilder(base);
      if (s.getStartToCloseTimeout() != null) {
        a.setStartToCloseTimeout(s.getStartToCloseTimeout());
      }
      if (s.getMaximumAttempts() != null) {
        RetryOptions retry = base.getRetryOptions() == null ? RetryOptions.getDefaultInstance() : base.getRetryOptions();
        a.setRetryOptions(RetryOptions.newBuilder(retry).setMaximumAttempts(s.getMaximumAttempts()).build());
      }
      b.agent(e.getKey(), a.build());
      changed = true;
    }
    return changed ? b.build() : options;
  }

  /** The keys under {@code microagents.agents} but {@code packages}, as written (brackets keep case and spaces). */
  private static Set<String> agentKeys(Environment environment) {
    ConfigurationPropertyName prefix = ConfigurationPropertyName.of(PREFIX);
    Set<String> keys = new LinkedHashSet<>();
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source instanceof IterableConfigurationPropertySource iterable) {
        iterable.stream().filter(prefix::isAncestorOf).forEach(name -> {
          String key = name.getElement(prefix.getNumberOfElements(), ConfigurationPropertyName.Form.ORIGINAL);
          if (!key.equals("packages")) {
            keys.add(key);
          }
        });
      }
    }
    return keys;
  }

  private static String match(String key, AgentRegistry registry) {
    if (registry.contains(key)) {
      return key;
    }
    for (AgentDefinition d : registry.agents()) {
      if (normalize(d.name()).equals(normalize(key))) {
        return d.name();
      }
    }
    throw new MicroagentsConfigurationException(PREFIX + "." + key, "no agent is named '" + key + "'",
        "The agents are " + registry.agents().stream().map(AgentDefinition::name).toList()
            + "; write the name in brackets to keep its case and spaces: " + PREFIX + "[Name].model");
  }

  private static AgentProperties merge(AgentProperties a, AgentProperties b) {
    AgentProperties m = new AgentProperties();
    m.setModel(b.getModel() != null ? b.getModel() : a.getModel());
    m.setStartToCloseTimeout(b.getStartToCloseTimeout() != null ? b.getStartToCloseTimeout() : a.getStartToCloseTimeout());
    m.setMaximumAttempts(b.getMaximumAttempts() != null ? b.getMaximumAttempts() : a.getMaximumAttempts());
    return m;
  }

  private static void check(String key, AgentProperties s) {
    if (s.getStartToCloseTimeout() != null && (s.getStartToCloseTimeout().isNegative() || s.getStartToCloseTimeout().isZero())) {
      throw new MicroagentsConfigurationException(PREFIX + "." + key + ".start-to-close-timeout",
          "must be positive, got " + s.getStartToCloseTimeout(), "Give a duration such as 30s or 2m");
    }
    if (s.getMaximumAttempts() != null && s.getMaximumAttempts() < 0) {
      throw new MicroagentsConfigurationException(PREFIX + "." + key + ".maximum-attempts",
          "must be 0 (unlimited) or more, got " + s.getMaximumAttempts(), "Give the number of attempts, 1 for no retry");
    }
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
