package io.microagents.mcp;

/**
 * An MCP server could not be reached or stopped answering (a transport failure, a timeout, a
 * process that exited): retried by a tool activity's policy, each attempt on a fresh
 * connection. Its message names the server and never carries a header or environment value.
 */
public class McpException extends RuntimeException {

  /** @param message what failed, secrets already masked */
  public McpException(String message) {
    super(message);
  }
}
