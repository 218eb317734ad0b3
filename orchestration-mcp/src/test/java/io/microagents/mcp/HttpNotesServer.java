package io.microagents.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * The test MCP server on streamable HTTP at {@code http://127.0.0.1:<port>/mcp}, in this JVM:
 * the SDK's servlet transport in an embedded Tomcat, answering only requests that carry
 * {@code Authorization: Bearer <token>}.
 */
final class HttpNotesServer implements AutoCloseable {

  private final Tomcat tomcat = new Tomcat();
  private final McpSyncServer server;
  private final int port;

  HttpNotesServer(String token) throws Exception {
    this(token, 0);
  }

  /** A server on this port (0: any free one), to start one again where the last one was. */
  HttpNotesServer(String token, int port) throws Exception {
    HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
        .jsonMapper(NotesTools.JSON).mcpEndpoint("/mcp").build();
    server = McpServer.sync(transport)
        .serverInfo("notes-http", "1.0")
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(NotesTools.all())
        .build();
    File base = Files.createTempDirectory("mcp-tomcat").toFile();
    tomcat.setBaseDir(base.getAbsolutePath());
    Connector connector = new Connector();
    connector.setProperty("address", "127.0.0.1");
    connector.setPort(port);
    tomcat.getService().addConnector(connector);
    Context context = tomcat.addContext("", base.getAbsolutePath());
    Tomcat.addServlet(context, "mcp", transport).setAsyncSupported(true);
    context.addServletMappingDecoded("/mcp", "mcp");
    FilterDef auth = new FilterDef();
    auth.setFilterName("auth");
    auth.setFilter(bearer(token));
    auth.setAsyncSupported("true");
    context.addFilterDef(auth);
    FilterMap map = new FilterMap();
    map.setFilterName("auth");
    map.addURLPattern("/*");
    context.addFilterMap(map);
    tomcat.start();
    this.port = connector.getLocalPort();
  }

  /** Offers one more tool from now on (clients are notified that the list changed). */
  void addTool(io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification tool) {
    server.addTool(tool);
  }

  /** Stops offering a tool. */
  void removeTool(String name) {
    server.removeTool(name);
  }

  /** The port it listens on. */
  int port() {
    return port;
  }

  /** The endpoint. */
  String url() {
    return "http://127.0.0.1:" + port + "/mcp";
  }

  private static Filter bearer(String token) {
    return (request, response, chain) -> {
      String given = ((HttpServletRequest) request).getHeader("Authorization");
      if (!("Bearer " + token).equals(given)) {
        ((HttpServletResponse) response).sendError(401, "bad token");
        return;
      }
      chain.doFilter(request, response);
    };
  }

  @Override
  public void close() throws LifecycleException {
    server.closeGracefully();
    tomcat.stop();
    tomcat.destroy();
  }
}
