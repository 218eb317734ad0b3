package io.microagents.mcp.internal;

import io.microagents.agent.ToolException;
import io.microagents.mcp.McpException;
import io.microagents.mcp.McpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one client of a worker for one MCP server: connected on first use, dropped when a
 * request fails for want of the server (the next request connects again: a stdio server is
 * started anew), closed with the worker. Safe for concurrent calls.
 */
public final class McpConnection implements AutoCloseable {

  private static final JacksonMcpJsonMapper JSON = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());

  private static final System.Logger LOG = System.getLogger(McpConnection.class.getName());

  private final McpServer server;
  private McpSyncClient client;
  private boolean closed;
  private Listed listed;

  private record Listed(List<McpSchema.Tool> tools, long atNanos) {}

  public McpConnection(McpServer server) {
    this.server = server;
  }

  /** The server this connects to. */
  public McpServer server() {
    return server;
  }

  /**
   * The server's tools from the last listing when it is younger than the server's
   * {@code toolsRefresh}, else listed again. When listing again fails and there is an earlier
   * list, that one is kept (a warning is logged) and the next call tries again.
   */
  public List<McpSchema.Tool> tools() {
    Listed last;
    synchronized (this) {
      last = listed;
    }
    long now = System.nanoTime();
    if (last != null && now - last.atNanos() < server.toolsRefresh().toNanos()) {
      return last.tools();
    }
    try {
      return listTools();
    } catch (RuntimeException e) {
      if (last == null) {
        throw e;
      }
      LOG.log(System.Logger.Level.WARNING, "MCP server ''{0}'': listing its tools again failed ({1}); runs starting now "
          + "get the list of {2} s ago", server.name(), e.getMessage(), (now - last.atNanos()) / 1_000_000_000L);
      return last.tools();
    }
  }

  /** Every tool the server lists, all pages, listed now (and kept for {@link #tools()}). */
  public List<McpSchema.Tool> listTools() {
    List<McpSchema.Tool> tools = listNow();
    synchronized (this) {
      listed = new Listed(List.copyOf(tools), System.nanoTime());
    }
    return tools;
  }

  private List<McpSchema.Tool> listNow() {
    return request("list its tools", c -> {
      List<McpSchema.Tool> tools = new ArrayList<>();
      String cursor = null;
      do {
        McpSchema.ListToolsResult page = cursor == null ? c.listTools() : c.listTools(cursor);
        tools.addAll(page.tools());
        cursor = page.nextCursor();
      } while (cursor != null && !cursor.isEmpty());
      return tools;
    });
  }

  /** Calls a tool by the server's name for it. */
  public McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
    return request("call '" + tool + "'", c -> c.callTool(new McpSchema.CallToolRequest(tool, arguments)));
  }

  /**
   * Runs one request. The server's own error answer (a JSON-RPC error: an unknown tool, bad
   * arguments) is a {@link ToolException}: asking again gets the same answer. Any other
   * failure drops the client and is an {@link McpException}, retried on a new connection.
   */
  private <T> T request(String what, Function<McpSyncClient, T> request) {
    McpSyncClient c = client();
    try {
      return request.apply(c);
    } catch (McpError e) {
      throw new ToolException("MCP server '" + server.name() + "' refused to " + what + ": " + Secrets.mask(server, e.getMessage()));
    } catch (RuntimeException e) {
      drop(c);
      throw new McpException("MCP server '" + server.name() + "' failed to " + what + ": " + Secrets.describe(server, e));
    }
  }

  private synchronized McpSyncClient client() {
    if (closed) {
      throw new McpException("MCP server '" + server.name() + "': its connection is closed (the worker is shutting down)");
    }
    if (client == null) {
      McpClientTransport transport = transport();
      McpSyncClient c = McpClient.sync(transport)
          .requestTimeout(server.requestTimeout())
          .initializationTimeout(server.requestTimeout())
          .clientInfo(new McpSchema.Implementation("microagents", "0.1.0"))
          .build();
      try {
        c.initialize();
      } catch (RuntimeException e) {
        closeQuietly(c);
        throw new McpException("MCP server '" + server.name() + "' (" + server + ") did not start a session: "
            + Secrets.describe(server, e));
      }
      client = c;
      if (transport instanceof StdioClientTransport stdio) {
        watch(stdio, c);
      }
    }
    return client;
  }

  /**
   * Drops the client as soon as its server's process exits, so a call in flight fails at
   * once (the SDK would wait out the request timeout) and the retry starts a new process.
   */
  private void watch(StdioClientTransport stdio, McpSyncClient c) {
    Thread watcher = new Thread(() -> {
      stdio.awaitForExit();
      drop(c);
    }, "mcp-" + server.name() + "-exit");
    watcher.setDaemon(true);
    watcher.start();
  }

  private synchronized void drop(McpSyncClient failed) {
    if (client == failed) {
      client = null;
      closeQuietly(failed);
    }
  }

  private McpClientTransport transport() {
    if (server.transport() == McpServer.Transport.STDIO) {
      ServerParameters p = ServerParameters.builder(server.command()).args(server.args()).env(server.env()).build();
      return new StdioClientTransport(p, JSON);
    }
    String base = server.url().getScheme() + "://" + server.url().getRawAuthority();
    String endpoint = server.url().getRawPath() == null || server.url().getRawPath().isEmpty() ? "/mcp" : server.url().getRawPath();
    Map<String, String> headers = server.headers();
    return HttpClientStreamableHttpTransport.builder(base)
        .endpoint(endpoint)
        .jsonMapper(JSON)
        .httpRequestCustomizer((request, method, uri, body, context) -> headers.forEach(request::setHeader))
        .build();
  }

  private static void closeQuietly(McpSyncClient c) {
    try {
      c.closeGracefully();
    } catch (RuntimeException ignored) {
      c.close();
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      closeQuietly(client);
      client = null;
    }
  }
}
