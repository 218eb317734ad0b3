package io.microagents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The chunks with which Chat Completions streams an answer, built from the answer's body, as
 * data-only Server-Sent Events: for each choice a first chunk with the role, the content and
 * refusal word by word, each tool call split by its index (the first chunk with its id, type
 * and name, the rest with pieces of the arguments only), and a chunk with the finish reason;
 * when the request asked for usage ({@code stream_options.include_usage}), every chunk has
 * {@code "usage": null} and one more chunk has the usage and no choices; then
 * {@code data: [DONE]}.
 */
final class FakeChatChunks {

  private final JsonNode completion;
  private final boolean includeUsage;
  private final List<ObjectNode> chunks = new ArrayList<>();

  private FakeChatChunks(JsonNode completion, boolean includeUsage) {
    this.completion = completion;
    this.includeUsage = includeUsage;
  }

  /** The chunks for a Chat Completions body; {@code null} when the body is not a completion. */
  static List<SseEvent> of(JsonNode completion, boolean includeUsage) {
    if (completion == null || !completion.path("choices").isArray()) {
      return null;
    }
    FakeChatChunks stream = new FakeChatChunks(completion, includeUsage);
    for (JsonNode choice : completion.get("choices")) {
      stream.choice(choice);
    }
    if (includeUsage) {
      ObjectNode last = stream.base();
      last.putArray("choices");
      last.set("usage", completion.path("usage").isObject() ? completion.get("usage") : null);
      stream.chunks.add(last);
    }
    List<SseEvent> events = new ArrayList<>();
    stream.chunks.forEach(chunk -> events.add(new SseEvent(null, Json.write(chunk))));
    events.add(new SseEvent(null, "[DONE]"));
    return events;
  }

  private void choice(JsonNode choice) {
    int index = choice.path("index").asInt(0);
    JsonNode message = choice.path("message");
    ObjectNode first = delta(index).put("role", "assistant");
    if (message.path("content").isTextual()) {
      first.put("content", "");
    } else {
      first.putNull("content");
    }
    first.putNull("refusal");
    for (String piece : TextChunks.of(message.path("content").asText(""))) {
      delta(index).put("content", piece);
    }
    for (String piece : TextChunks.of(message.path("refusal").asText(""))) {
      delta(index).put("refusal", piece);
    }
    JsonNode calls = message.path("tool_calls");
    for (int i = 0; i < calls.size(); i++) {
      JsonNode call = calls.get(i);
      ObjectNode opening = delta(index).putArray("tool_calls").addObject().put("index", i)
          .put("id", call.path("id").asText()).put("type", call.path("type").asText("function"));
      opening.putObject("function").put("name", call.path("function").path("name").asText())
          .put("arguments", "");
      for (String piece : TextChunks.of(call.path("function").path("arguments").asText(""))) {
        delta(index).putArray("tool_calls").addObject().put("index", i)
            .putObject("function").put("arguments", piece);
      }
    }
    ObjectNode finish = chunk(index);
    finish.putObject("delta");
    finish.put("finish_reason", choice.path("finish_reason").asText("stop"));
  }

  /** A new chunk for one choice; its delta's fields are added to the node returned. */
  private ObjectNode delta(int index) {
    return chunk(index).putObject("delta");
  }

  /** A new chunk with one choice (no finish reason yet); the choice is returned. */
  private ObjectNode chunk(int index) {
    ObjectNode chunk = base();
    ObjectNode choice = chunk.putArray("choices").addObject().put("index", index);
    choice.putNull("logprobs").putNull("finish_reason");
    if (includeUsage) {
      chunk.putNull("usage");
    }
    chunks.add(chunk);
    return choice;
  }

  private ObjectNode base() {
    return Json.mapper().createObjectNode().put("id", completion.path("id").asText())
        .put("object", "chat.completion.chunk").put("created", completion.path("created").asLong())
        .put("model", completion.path("model").asText()).putNull("system_fingerprint");
  }
}
