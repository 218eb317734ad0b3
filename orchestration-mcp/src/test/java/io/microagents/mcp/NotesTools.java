package io.microagents.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tools of the test MCP servers (stdio and HTTP alike): a strict {@code add}, a
 * non-strict {@code read_note} that answers {@code isError} for an unknown note, a
 * {@code crash} that ends the server's process mid-call, and a {@code slow_note} that takes
 * its time and counts its runs in a file (for a worker killed during the call).
 */
final class NotesTools {

  static final McpJsonMapper JSON = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());

  static final Map<String, String> NOTES = Map.of("todo", "buy milk; call Ada", "ideas", "a durable MCP client");

  private NotesTools() {}

  static List<SyncToolSpecification> all() {
    return List.of(add(), readNote(), crash(), slowNote());
  }

  /** A tool the servers do not offer at first: a test adds it while the worker runs. */
  static SyncToolSpecification multiply() {
    String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},\"b\":{\"type\":\"integer\"}},"
        + "\"required\":[\"a\",\"b\"],\"additionalProperties\":false}";
    return tool("multiply", "Multiplies two integers", schema, args ->
        text(String.valueOf(((Number) args.get("a")).longValue() * ((Number) args.get("b")).longValue())));
  }

  private static SyncToolSpecification add() {
    String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},\"b\":{\"type\":\"integer\"}},"
        + "\"required\":[\"a\",\"b\"],\"additionalProperties\":false}";
    return tool("add", "Adds two integers", schema, args ->
        text(String.valueOf(((Number) args.get("a")).longValue() + ((Number) args.get("b")).longValue())));
  }

  private static SyncToolSpecification readNote() {
    String schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"the note\"}},"
        + "\"required\":[\"name\"]}";
    return tool("read_note", "Reads a note by name", schema, args -> {
      String note = NOTES.get(String.valueOf(args.get("name")));
      return note != null ? text(note)
          : CallToolResult.builder().addTextContent("no note named '" + args.get("name") + "'; notes: todo, ideas").isError(true).build();
    });
  }

  private static SyncToolSpecification crash() {
    return tool("crash", "Ends the server's process", "{\"type\":\"object\",\"properties\":{}}", args -> {
      Runtime.getRuntime().halt(3);
      return text("unreachable");
    });
  }

  private static SyncToolSpecification slowNote() {
    return tool("slow_note", "Reads a note slowly", "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}", args -> {
      String counter = System.getenv("NOTES_COUNTER");
      try {
        if (counter != null) {
          Files.writeString(Path.of(counter), "started\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        Thread.sleep(Long.parseLong(System.getenv().getOrDefault("NOTES_SLOW_MILLIS", "3000")));
        if (counter != null) {
          Files.writeString(Path.of(counter), "completed\n", java.nio.file.StandardOpenOption.APPEND);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return text(NOTES.getOrDefault(String.valueOf(args.get("name")), "?"));
    });
  }

  private static SyncToolSpecification tool(String name, String description, String schema,
      java.util.function.Function<Map<String, Object>, CallToolResult> body) {
    McpSchema.Tool tool = McpSchema.Tool.builder(name, JSON, schema).description(description).build();
    return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> body.apply(request.arguments())).build();
  }

  private static CallToolResult text(String text) {
    return CallToolResult.builder().addTextContent(text).build();
  }
}
