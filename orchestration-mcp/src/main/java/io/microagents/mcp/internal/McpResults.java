package io.microagents.mcp.internal;

import io.microagents.json.Json;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * A tool result's content as the text a model reads: text blocks as they are, one per line;
 * a resource's text inline; an image, audio or binary resource as a short note (the loop's
 * tool outputs are text); structured content as JSON when there is no text.
 */
final class McpResults {

  private McpResults() {}

  static String text(McpSchema.CallToolResult result) {
    List<String> parts = new ArrayList<>();
    for (McpSchema.Content c : result.content() == null ? List.<McpSchema.Content>of() : result.content()) {
      parts.add(text(c));
    }
    if (parts.isEmpty() && result.structuredContent() != null) {
      return Json.write(result.structuredContent());
    }
    return String.join("\n", parts);
  }

  private static String text(McpSchema.Content c) {
    if (c instanceof McpSchema.TextContent t) {
      return t.text();
    }
    if (c instanceof McpSchema.ImageContent i) {
      return "[image " + i.mimeType() + ", " + i.data().length() + " base64 characters]";
    }
    if (c instanceof McpSchema.AudioContent a) {
      return "[audio " + a.mimeType() + "]";
    }
    if (c instanceof McpSchema.EmbeddedResource r) {
      if (r.resource() instanceof McpSchema.TextResourceContents t) {
        return t.text();
      }
      return "[resource " + r.resource().uri() + "]";
    }
    if (c instanceof McpSchema.ResourceLink l) {
      return "[resource link " + l.uri() + "]";
    }
    return "[" + c.type() + " content]";
  }
}
