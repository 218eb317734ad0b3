package io.microagents.examples.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * The example's bundled MCP server: a few notes behind two tools, {@code list_notes} and
 * {@code read_note}, spoken over stdio with the official MCP Java SDK. The worker starts it
 * as a process of its own ({@link #command()}); any MCP server would do in its place.
 */
public final class NotesMcpServer {

  private static final McpJsonMapper JSON = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());

  static final Map<String, String> NOTES = new TreeMap<>(Map.of(
      "todo", "Renew the passport before March; book the Lisbon flights; call Ada about the talk.",
      "talk", "Durable agents: every model call and tool call is a step in history; a crash loses nothing.",
      "groceries", "Milk, coffee, lemons."));

  private NotesMcpServer() {}

  public static void main(String[] args) throws InterruptedException {
    McpServer.sync(new StdioServerTransportProvider(JSON))
        .serverInfo("notes", "1.0")
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(listNotes(), readNote())
        .build();
    Thread.currentThread().join(); // until the worker closes the connection and ends this process
  }

  /** The worker's configuration of this server: this JVM's java, this process's classpath. */
  public static io.microagents.mcp.McpServer command() {
    String javaBin = ProcessHandle.current().info().command().orElse(
        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String surefire = System.getProperty("surefire.test.class.path"); // tests run from a manifest-only jar
    String classpath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return io.microagents.mcp.McpServer.stdio("notes", javaBin, "-Xmx64m", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath, NotesMcpServer.class.getName()).build();
  }

  private static SyncToolSpecification listNotes() {
    McpSchema.Tool tool = McpSchema.Tool.builder("list_notes", JSON, "{\"type\":\"object\",\"properties\":{},"
        + "\"required\":[],\"additionalProperties\":false}").description("Lists the names of the user's notes").build();
    return SyncToolSpecification.builder().tool(tool)
        .callHandler((exchange, request) -> text(String.join(", ", NOTES.keySet()))).build();
  }

  private static SyncToolSpecification readNote() {
    McpSchema.Tool tool = McpSchema.Tool.builder("read_note", JSON, "{\"type\":\"object\",\"properties\":{\"name\":"
        + "{\"type\":\"string\",\"description\":\"the note's name, from list_notes\"}},\"required\":[\"name\"],"
        + "\"additionalProperties\":false}").description("Reads one of the user's notes").build();
    return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
      String note = NOTES.get(String.valueOf(request.arguments().get("name")));
      return note != null ? text(note) : CallToolResult.builder()
          .addTextContent("No note named '" + request.arguments().get("name") + "'; see list_notes").isError(true).build();
    }).build();
  }

  private static CallToolResult text(String text) {
    return CallToolResult.builder().addTextContent(text).build();
  }
}
