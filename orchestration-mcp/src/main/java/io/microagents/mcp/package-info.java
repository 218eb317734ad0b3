/**
 * MCP servers' tools as agent tools. An agent names servers ({@code @Agent(mcpServers =
 * "files")}); a worker says what each name is ({@link io.microagents.mcp.McpServers}: a
 * command it starts, or a streamable-HTTP URL with headers) and which tools to take (allow
 * and deny lists, a name prefix). {@link io.microagents.mcp.McpAgents} connects once per
 * server, lists the tools, and gives the agents a registry in which each MCP tool is a
 * function tool: in a durable run, an activity named after the tool, retried by its policy
 * when the server fails, while a tool's own error ({@code isError}) goes to the model at once.
 */
package io.microagents.mcp;
