package io.microagents.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;

/** The test MCP server on stdio, run by the tests as a process of its own ({@code java -cp … StdioNotesServer}). */
public final class StdioNotesServer {

  private StdioNotesServer() {}

  public static void main(String[] args) throws InterruptedException {
    McpServer.sync(new StdioServerTransportProvider(NotesTools.JSON))
        .serverInfo("notes", "1.0")
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(NotesTools.all())
        .build();
    Thread.currentThread().join(); // the client ends the process when it closes
  }

  /** The server as the worker starts it: this JVM's java, this test's classpath. */
  static io.microagents.mcp.McpServer.Builder config(String name) {
    String javaBin = ProcessHandle.current().info().command().orElse(
        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return io.microagents.mcp.McpServer.stdio(name, javaBin, "-Xmx64m", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath(), StdioNotesServer.class.getName());
  }

  /** This test's classpath; surefire's manifest-only jar hides it behind its Class-Path. */
  static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
