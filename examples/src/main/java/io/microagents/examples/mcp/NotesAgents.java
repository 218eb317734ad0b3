package io.microagents.examples.mcp;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;

/**
 * The example's agent, which has no tools of its own: those of the MCP server named
 * {@code notes} join it when a worker connects. Defined by hand, not with {@code @Agent}, so
 * the package scan of the other examples (whose worker configures no MCP server) leaves it
 * out; as a class it would read {@code @Agent(name = "notes", mcpServers = "notes")}.
 */
public final class NotesAgents {

  /** The agent's name. */
  public static final String NOTES = "notes";

  private NotesAgents() {}

  /** The registry of the example: the notes agent, its MCP servers not yet connected. */
  public static AgentRegistry registry() {
    return AgentRegistry.builder().register(AgentDefinition.builder(NOTES)
        .instructions("You answer questions about the user's notes. List them, read the ones that matter, "
            + "and answer in a sentence or two.")
        .mcpServer("notes")
        .build()).build();
  }
}
