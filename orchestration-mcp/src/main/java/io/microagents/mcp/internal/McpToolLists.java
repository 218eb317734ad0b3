package io.microagents.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.ToolDefinition;
import io.microagents.agent.internal.Names;
import io.microagents.mcp.McpServer;
import io.microagents.model.ToolSpec;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives an agent the tools of the MCP servers it names, as function tools: filtered by the
 * server's allow and deny lists, prefixed, marked for approval where the agent says so, and
 * checked against the agent's own tools and handoffs, a clash failing with both named.
 */
public final class McpToolLists {

  private McpToolLists() {}

  /**
   * The agent with its MCP tools attached and its MCP declarations cleared.
   *
   * @param listed each server's connection and the tools it listed, by server name
   * @throws AgentDefinitionException naming the agent and what is at fault
   */
  public static AgentDefinition attach(AgentDefinition agent, Map<String, McpConnection> connections,
      Map<String, List<McpSchema.Tool>> listed) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (ToolDefinition t : agent.tools()) {
      sources.put(t.name(), ownSource(t));
    }
    for (HandoffDefinition h : agent.handoffs()) {
      sources.put(h.toolName(), "handoff to " + h.targetAgent());
    }
    List<ToolDefinition> tools = new ArrayList<>(agent.tools());
    for (String serverName : agent.mcpServers()) {
      McpConnection connection = connections.get(serverName);
      McpServer server = connection.server();
      for (McpSchema.Tool tool : listed.get(serverName)) {
        if (!server.offers(tool.name())) {
          continue;
        }
        String name = server.prefix() + tool.name();
        String source = "MCP tool '" + tool.name() + "' of server '" + serverName + "'";
        if (!Names.isValidToolName(name)) {
          throw new AgentDefinitionException("Agent '" + agent.name() + "': " + source + " would be named '" + name
              + "', which models refuse (1 to 64 letters, digits, '_' or '-'); leave it out with deny(\"" + tool.name() + "\")");
        }
        String previous = sources.putIfAbsent(name, source);
        if (previous != null) {
          throw new AgentDefinitionException("Agent '" + agent.name() + "' has two tools named '" + name + "': " + previous
              + " and " + source + "; give the server a prefix, or deny the tool");
        }
        tools.add(function(connection, tool, name));
      }
    }
    for (String name : agent.needsApproval()) {
      int i = indexOf(tools, name);
      if (i < 0) {
        throw new AgentDefinitionException("Agent '" + agent.name() + "': needsApproval names '" + name + "', which is none of its tools "
            + tools.stream().map(ToolDefinition::name).toList() + " (an MCP tool goes by its prefixed name)");
      }
      tools.set(i, tools.get(i).withApproval());
    }
    for (String name : agent.stopAtTools()) {
      if (indexOf(tools, name) < 0) {
        throw new AgentDefinitionException("Agent '" + agent.name() + "': stopAtTools names '" + name + "', which is none of its tools "
            + tools.stream().map(ToolDefinition::name).toList());
      }
    }
    String choice = agent.modelSettings() == null ? null : agent.modelSettings().toolChoice();
    if (choice != null && !List.of("auto", "required", "none").contains(choice) && indexOf(tools, choice) < 0
        && agent.handoffs().stream().noneMatch(h -> h.toolName().equals(choice))) {
      throw new AgentDefinitionException("Agent '" + agent.name() + "': @ModelTuning toolChoice '" + choice
          + "' is neither auto, required, none nor one of its tools " + tools.stream().map(ToolDefinition::name).toList()
          + " (an MCP tool goes by its prefixed name)");
    }
    AgentDefinition.Builder b = agent.toBuilder().clearTools().mcpServers(List.of()).needsApproval(List.of());
    tools.forEach(b::tool);
    return b.build();
  }

  private static ToolDefinition function(McpConnection connection, McpSchema.Tool tool, String name) {
    JsonNode schema = McpSchemas.tree(tool.inputSchema());
    String description = tool.description() != null ? tool.description() : tool.title() != null ? tool.title() : "";
    ToolSpec spec = new ToolSpec(name, description, schema, McpSchemas.strict(schema));
    return ToolDefinition.function(spec, new McpToolInvoker(connection, tool.name(), name));
  }

  private static String ownSource(ToolDefinition t) {
    if (t.method() != null) {
      return "method " + t.method().getDeclaringClass().getSimpleName() + "." + t.method().getName();
    }
    return switch (t.kind()) {
      case AGENT -> "agent tool " + t.agentTool();
      case HUMAN -> "the built-in " + t.name();
      case FUNCTION -> "function tool " + t.name();
    };
  }

  private static int indexOf(List<ToolDefinition> tools, String name) {
    for (int i = 0; i < tools.size(); i++) {
      if (tools.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
