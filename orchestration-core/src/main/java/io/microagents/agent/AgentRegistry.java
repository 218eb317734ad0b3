package io.microagents.agent;

import io.microagents.agent.internal.AgentReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All agents of an application, by name: discovered by a package scan or registered by
 * hand, built once and validated at startup. Immutable and safe to share.
 */
public final class AgentRegistry {

  private final Map<String, AgentDefinition> byName;
  private final Map<Class<?>, String> byClass;
  private final ToolListing listing;

  private AgentRegistry(Map<String, AgentDefinition> byName, ToolListing listing) {
    this.byName = Collections.unmodifiableMap(byName);
    this.listing = listing;
    Map<Class<?>, String> classes = new LinkedHashMap<>();
    for (AgentDefinition d : byName.values()) {
      if (d.agentClass() != null) {
        classes.put(d.agentClass(), d.name());
      }
    }
    this.byClass = Collections.unmodifiableMap(classes);
  }

  /** Starts a registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** A registry of the given {@code @Agent} classes (and the agents they reference). */
  public static AgentRegistry of(Class<?>... agentClasses) {
    return builder().register(agentClasses).build();
  }

  /**
   * The agent with this name.
   *
   * @throws IllegalArgumentException naming the known agents, when there is none
   */
  public AgentDefinition agent(String name) {
    AgentDefinition d = byName.get(name);
    if (d == null) {
      throw new IllegalArgumentException("Unknown agent '" + name + "'; known agents: " + byName.keySet());
    }
    return d;
  }

  /** The agent declared by this class. */
  public AgentDefinition agent(Class<?> agentClass) {
    return agent(nameOf(agentClass));
  }

  /** The name of the agent declared by this class. */
  public String nameOf(Class<?> agentClass) {
    String name = byClass.get(agentClass);
    if (name == null) {
      throw new IllegalArgumentException(
          "Class " + agentClass.getName() + " is not a registered agent; register it or annotate it with @Agent in a scanned package");
    }
    return name;
  }

  /** Whether an agent has this name. */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** All agents, in registration order. */
  public Collection<AgentDefinition> agents() {
    return byName.values();
  }

  /**
   * Where some agents' tools are listed while the application runs (MCP servers), or
   * {@code null}: the agents here hold the tools listed when the registry was built.
   */
  public ToolListing listing() {
    return listing;
  }

  /**
   * Checks that no agent still waits for MCP servers' tools: a runtime calls it before it
   * runs agents, so an agent never runs silently without tools it declared.
   *
   * @throws AgentDefinitionException naming the agent and its servers
   */
  public void checkMcpToolsAttached() {
    for (AgentDefinition d : byName.values()) {
      if (!d.mcpServers().isEmpty()) {
        throw new AgentDefinitionException("Agent '" + d.name() + "' uses the MCP servers " + d.mcpServers()
            + ", whose tools are not attached: connect them with io.microagents.mcp.McpAgents (module "
            + "orchestration-mcp) and run with its registry()");
      }
    }
  }

  /** Collects agent classes and definitions, then builds and validates them. */
  public static final class Builder {
    private final Set<Class<?>> classes = new LinkedHashSet<>();
    private final List<AgentDefinition> definitions = new ArrayList<>();
    private final List<String> packages = new ArrayList<>();
    private AgentFactory factory = AgentFactory.noArg();
    private ToolListing listing;

    private Builder() {}

    /** Where some agents' tools are listed again while the application runs; see {@link AgentRegistry#listing()}. */
    public Builder listing(ToolListing toolListing) {
      this.listing = toolListing;
      return this;
    }

    /** Adds every {@code @Agent} class found in these packages (and their sub-packages). */
    public Builder scan(String... packageNames) {
      packages.addAll(List.of(packageNames));
      return this;
    }

    /** Adds {@code @Agent} classes; the agents they hand off to are added too. */
    public Builder register(Class<?>... agentClasses) {
      classes.addAll(List.of(agentClasses));
      return this;
    }

    /** Adds an agent defined by hand. */
    public Builder register(AgentDefinition definition) {
      definitions.add(definition);
      return this;
    }

    /** How agent instances are created; the default calls the no-arg constructor. */
    public Builder factory(AgentFactory agentFactory) {
      this.factory = agentFactory;
      return this;
    }

    /**
     * Builds every agent and checks them.
     *
     * @throws AgentDefinitionException naming the class and member at fault
     */
    public AgentRegistry build() {
      Set<Class<?>> all = new LinkedHashSet<>(AgentReader.scan(packages));
      all.addAll(classes);
      List<AgentDefinition> built = new ArrayList<>(AgentReader.readAll(all, factory));
      built.addAll(definitions);
      Map<String, AgentDefinition> byName = new LinkedHashMap<>();
      for (AgentDefinition d : built) {
        AgentDefinition previous = byName.putIfAbsent(d.name(), d);
        if (previous != null) {
          throw new AgentDefinitionException(
              "Two agents are named '" + d.name() + "': " + describe(previous) + " and " + describe(d));
        }
      }
      AgentReader.checkReferences(byName);
      return new AgentRegistry(byName, listing);
    }

    private static String describe(AgentDefinition d) {
      return d.agentClass() != null ? d.agentClass().getName() : "a definition built by hand";
    }
  }
}
