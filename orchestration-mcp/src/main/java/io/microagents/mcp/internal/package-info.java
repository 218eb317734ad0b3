/**
 * Machinery of the MCP module: one connection per server and worker, the invoker that turns
 * a tool call into an MCP {@code tools/call}, the schema check for strict mode, and the
 * attaching of listed tools to agents. Not API.
 */
package io.microagents.mcp.internal;
