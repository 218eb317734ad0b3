package io.microagents.mcp.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import io.microagents.agent.ToolException;
import io.microagents.agent.ToolInvoker;
import io.microagents.agent.internal.StrictArguments;
import io.microagents.json.Json;
import io.microagents.run.RunContext;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * Runs one MCP tool: the model's arguments go to the server as they are (one JSON object,
 * checked for duplicate keys, else the server checks them against its schema), the result's
 * content comes back as text. An {@code isError} result is a {@link ToolException}: the
 * model reads it after one attempt.
 */
final class McpToolInvoker implements ToolInvoker {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final McpConnection connection;
  private final String serverTool;
  private final String name;

  /** @param serverTool the server's name of the tool; {@code name} is the agent's (prefixed) */
  McpToolInvoker(McpConnection connection, String serverTool, String name) {
    this.connection = connection;
    this.serverTool = serverTool;
    this.name = name;
  }

  @Override
  public String invoke(String argumentsJson, RunContext context) {
    Map<String, Object> arguments = Json.mapper().convertValue(StrictArguments.parseObject("tool " + name, argumentsJson), MAP);
    McpSchema.CallToolResult result = connection.call(serverTool, arguments);
    String text = McpResults.text(result);
    if (Boolean.TRUE.equals(result.isError())) {
      throw new ToolException(text.isEmpty() ? "MCP tool '" + serverTool + "' failed without a message" : text);
    }
    return text;
  }
}
