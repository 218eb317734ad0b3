package io.microagents.mcp;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolListing;
import io.microagents.mcp.internal.McpConnection;
import io.microagents.mcp.internal.McpToolLists;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A worker's agents with their MCP servers' tools attached, and the connections those tools
 * call through: one per server, opened here, closed with {@link #close()} after the worker
 * stops. Run agents with {@link #registry()} as with any registry — in-process or on a
 * Temporal worker, where each MCP tool is an activity named after the tool.
 *
 * <pre>{@code
 * McpServers servers = McpServers.of(McpServer.stdio("files", "npx", "-y", "@modelcontextprotocol/server-filesystem", "/data").build());
 * try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(FilesAgent.class), servers)) {
 *   MicroagentsWorker.register(worker, mcp.registry(), models, options);
 *   factory.start(); … factory.shutdown();
 * }
 * }</pre>
 *
 * <p>The tools are listed here first, so that clashes and bad declarations fail at startup.
 * The registry is a {@link ToolListing}: a durable run lists its agents' MCP tools again when
 * it starts, in an activity ({@code microagents.ListTools}) — from this worker's list when it
 * is younger than the server's {@link McpServer#toolsRefresh()}, else listed anew — and keeps
 * that list for its whole life, across continue-as-new. So a server that adds or removes a
 * tool changes the runs that start after the refresh interval, never a run under way.
 */
public final class McpAgents implements AutoCloseable, ToolListing {

  private final AgentRegistry registry;
  private final Map<String, AgentDefinition> declared;
  private final Map<String, McpConnection> connections;

  private McpAgents(AgentRegistry declaredAgents, Map<String, McpConnection> connections,
      Map<String, List<McpSchema.Tool>> listed) {
    this.connections = connections;
    this.declared = new LinkedHashMap<>();
    AgentRegistry.Builder b = AgentRegistry.builder().listing(this);
    for (AgentDefinition agent : declaredAgents.agents()) {
      boolean attaches = !agent.mcpServers().isEmpty() || !agent.needsApproval().isEmpty();
      if (!agent.mcpServers().isEmpty()) {
        declared.put(agent.name(), agent);
      }
      b.register(attaches ? McpToolLists.attach(agent, connections, listed) : agent);
    }
    this.registry = b.build();
  }

  /**
   * Connects to every server the registry's agents name, lists their tools and attaches
   * them. Servers no agent names are not connected.
   *
   * @throws AgentDefinitionException when an agent names a server not configured, a tool
   *     clashes with another (both named), or an approval names no tool
   * @throws McpException when a server cannot be reached or listed
   */
  public static McpAgents connect(AgentRegistry registry, McpServers servers) {
    Map<String, McpConnection> connections = new LinkedHashMap<>();
    try {
      Map<String, List<McpSchema.Tool>> listed = new LinkedHashMap<>();
      for (AgentDefinition agent : registry.agents()) {
        for (String name : agent.mcpServers()) {
          McpServer server = servers.server(name);
          if (server == null) {
            throw new AgentDefinitionException("Agent '" + agent.name() + "' uses the MCP server '" + name
                + "', which this worker does not configure; configured: "
                + servers.all().stream().map(McpServer::name).toList());
          }
          if (!connections.containsKey(name)) {
            McpConnection c = new McpConnection(server);
            connections.put(name, c);
            listed.put(name, c.listTools());
          }
        }
      }
      return new McpAgents(registry, connections, listed);
    } catch (RuntimeException e) {
      connections.values().forEach(McpConnection::close);
      throw e;
    }
  }

  /** The agents, each with its MCP tools among its tools; its {@link AgentRegistry#listing()} is this. */
  public AgentRegistry registry() {
    return registry;
  }

  @Override
  public boolean lists(String agent) {
    return declared.containsKey(agent);
  }

  /**
   * The agent with its MCP tools as each server lists them now (or listed them within its
   * {@code toolsRefresh}).
   *
   * @throws AgentDefinitionException when a tool listed now clashes, or an approval names no tool
   * @throws McpException when a server cannot be listed and was never listed before
   */
  @Override
  public AgentDefinition current(String agent) {
    AgentDefinition d = declared.get(agent);
    if (d == null) {
      return registry.agent(agent);
    }
    Map<String, List<McpSchema.Tool>> listed = new LinkedHashMap<>();
    for (String server : d.mcpServers()) {
      listed.put(server, connections.get(server).tools());
    }
    return McpToolLists.attach(d, connections, listed);
  }

  /** The names of the servers connected to. */
  public List<String> servers() {
    return new ArrayList<>(connections.keySet());
  }

  /** Closes every connection (a stdio server's process ends). Call after the worker has stopped. */
  @Override
  public void close() {
    connections.values().forEach(McpConnection::close);
  }
}
