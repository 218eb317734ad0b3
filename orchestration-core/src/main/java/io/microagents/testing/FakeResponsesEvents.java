package io.microagents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The events with which the Responses API streams an answer, built from the answer's body:
 * {@code response.created} and {@code response.in_progress}; for each output item
 * {@code response.output_item.added}, its content as deltas (text and refusals word by word
 * between {@code content_part.added} and {@code content_part.done}, function arguments in
 * pieces, reasoning summaries by part) and {@code response.output_item.done}; then
 * {@code response.completed} (or {@code .failed}, {@code .incomplete}) carrying the body whole,
 * usage included. Every event has its {@code type} and {@code sequence_number}.
 */
final class FakeResponsesEvents {

  private final List<ObjectNode> events = new ArrayList<>();

  private FakeResponsesEvents() {}

  /** The events for a Responses API body; {@code null} when the body is not a response. */
  static List<SseEvent> of(JsonNode response) {
    if (response == null || !response.path("output").isArray()) {
      return null;
    }
    FakeResponsesEvents stream = new FakeResponsesEvents();
    ObjectNode started = response.deepCopy();
    started.put("status", "in_progress").putNull("usage");
    started.putArray("output");
    stream.emit("response.created").set("response", started);
    stream.emit("response.in_progress").set("response", started);
    for (int i = 0; i < response.get("output").size(); i++) {
      stream.item(i, response.get("output").get(i));
    }
    String status = response.path("status").asText("completed");
    String last = status.equals("failed") || status.equals("incomplete") ? status : "completed";
    stream.emit("response." + last).set("response", response);
    return stream.events.stream().map(e -> new SseEvent(e.get("type").asText(), Json.write(e))).toList();
  }

  private void item(int index, JsonNode item) {
    String type = item.path("type").asText();
    ObjectNode added = item.deepCopy();
    if (added.has("status")) {
      added.put("status", "in_progress");
    }
    switch (type) {
      case "message" -> added.putArray("content");
      case "function_call" -> added.put("arguments", "");
      case "reasoning" -> added.putArray("summary");
      default -> { }
    }
    emit("response.output_item.added").put("output_index", index).set("item", added);
    String id = item.path("id").asText("");
    switch (type) {
      case "message" -> {
        for (int c = 0; c < item.path("content").size(); c++) {
          content(index, id, c, item.get("content").get(c));
        }
      }
      case "function_call" -> {
        String arguments = item.path("arguments").asText("");
        for (String piece : TextChunks.of(arguments)) {
          on(emit("response.function_call_arguments.delta"), index, id).put("delta", piece);
        }
        on(emit("response.function_call_arguments.done"), index, id)
            .put("name", item.path("name").asText()).put("arguments", arguments);
      }
      case "reasoning" -> {
        for (int s = 0; s < item.path("summary").size(); s++) {
          summary(index, id, s, item.get("summary").get(s));
        }
      }
      default -> { }
    }
    emit("response.output_item.done").put("output_index", index).set("item", item);
  }

  private void content(int index, String itemId, int c, JsonNode part) {
    boolean refusal = part.path("type").asText().equals("refusal");
    String field = refusal ? "refusal" : "text";
    String text = part.path(field).asText("");
    ObjectNode empty = ((ObjectNode) part.deepCopy()).put(field, "");
    on(emit("response.content_part.added"), index, itemId).put("content_index", c).set("part", empty);
    String kind = refusal ? "response.refusal" : "response.output_text";
    for (String piece : TextChunks.of(text)) {
      ObjectNode delta = on(emit(kind + ".delta"), index, itemId).put("content_index", c).put("delta", piece);
      if (!refusal) {
        delta.putArray("logprobs");
      }
    }
    ObjectNode done = on(emit(kind + ".done"), index, itemId).put("content_index", c).put(field, text);
    if (!refusal) {
      done.putArray("logprobs");
    }
    on(emit("response.content_part.done"), index, itemId).put("content_index", c).set("part", part);
  }

  private void summary(int index, String itemId, int s, JsonNode part) {
    String text = part.path("text").asText("");
    on(emit("response.reasoning_summary_part.added"), index, itemId).put("summary_index", s)
        .set("part", ((ObjectNode) part.deepCopy()).put("text", ""));
    for (String piece : TextChunks.of(text)) {
      on(emit("response.reasoning_summary_text.delta"), index, itemId).put("summary_index", s)
          .put("delta", piece);
    }
    on(emit("response.reasoning_summary_text.done"), index, itemId).put("summary_index", s)
        .put("text", text);
    on(emit("response.reasoning_summary_part.done"), index, itemId).put("summary_index", s)
        .set("part", part);
  }

  private static ObjectNode on(ObjectNode event, int index, String itemId) {
    return event.put("item_id", itemId).put("output_index", index);
  }

  /** A new event of this type, numbered; its fields are added to the node returned. */
  private ObjectNode emit(String type) {
    ObjectNode data = Json.mapper().createObjectNode().put("type", type)
        .put("sequence_number", events.size());
    events.add(data);
    return data;
  }
}
