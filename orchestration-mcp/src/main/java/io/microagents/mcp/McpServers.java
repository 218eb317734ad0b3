package io.microagents.mcp;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A worker's MCP servers, by the names agents declare them under: the same agent class runs
 * against a local stdio server in a test and a remote HTTP one in production.
 */
public final class McpServers {

  private final Map<String, McpServer> byName;

  private McpServers(Map<String, McpServer> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /**
   * These servers.
   *
   * @throws IllegalArgumentException when two have one name
   */
  public static McpServers of(McpServer... servers) {
    Map<String, McpServer> m = new LinkedHashMap<>();
    for (McpServer s : servers) {
      if (m.putIfAbsent(s.name(), s) != null) {
        throw new IllegalArgumentException("Two MCP servers are named '" + s.name() + "'");
      }
    }
    return new McpServers(m);
  }

  /** The server of this name, or {@code null}. */
  public McpServer server(String name) {
    return byName.get(name);
  }

  /** All servers, in the order given. */
  public Collection<McpServer> all() {
    return byName.values();
  }
}
