/**
 * MCP tools: an agent that declares the MCP server {@code notes} gets its tools when a worker
 * connects to it; the bundled server is a small Java program on the official MCP SDK, started
 * over stdio, so the example runs offline.
 */
package io.microagents.examples.mcp;
