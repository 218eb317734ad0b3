package io.microagents.mcp;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
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
 * <p>The tools are listed once, here: a worker started later lists them again. A durable run
 * keeps the tool list of the worker that started it (its definition), so a server that
 * changes its tools changes only runs that start after a worker sees the change.
 */
public final class McpAgents implements AutoCloseable {

  private final AgentRegistry registry;
  private final Map<String, McpConnection> connections;

  private McpAgents(AgentRegistry registry, Map<String, McpConnection> connections) {
    this.registry = registry;
    this.connections = connections;
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
      AgentRegistry.Builder b = AgentRegistry.builder();
      for (AgentDefinition agent : registry.agents()) {
        b.register(agent.mcpServers().isEmpty() && agent.needsApproval().isEmpty()
            ? agent : McpToolLists.attach(agent, connections, listed));
      }
      return new McpAgents(b.build(), connections);
    } catch (RuntimeException e) {
      connections.values().forEach(McpConnection::close);
      throw e;
    }
  }

  /** The agents, each with its MCP tools among its tools. */
  public AgentRegistry registry() {
    return registry;
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
