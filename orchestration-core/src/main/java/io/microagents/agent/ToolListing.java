package io.microagents.agent;

/**
 * Tools some agents get from a listing made while the application runs — an MCP server's
 * tools — rather than from their classes alone. A registry built with a listing lets the
 * runtime ask for an agent as it is now: a durable run does so once when it starts (in an
 * activity, so the list is recorded and kept for the whole run), and a worker's tool calls
 * find tools the listing added after the worker started. Implementations cache and list
 * again when their list is older than their refresh interval.
 */
public interface ToolListing {

  /** Whether some of this agent's tools come from this listing. */
  boolean lists(String agent);

  /**
   * The agent as it is now: its own tools and the listed ones, listed again first if the
   * cached list is older than the refresh interval. May do I/O; never call it from workflow code.
   *
   * @throws AgentDefinitionException when the tools listed now clash or break a declaration
   * @throws RuntimeException when nothing could be listed (a transient failure: retry later)
   */
  AgentDefinition current(String agent);
}
