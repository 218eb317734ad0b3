package io.microagents.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.json.Json;
import io.microagents.stream.ModelDelta;
import io.microagents.stream.StreamEntry;
import java.util.Map;

/**
 * How an entry is stored: one stream field, {@value #FIELD}, holding compact JSON written with
 * the project's {@link Json} mapper — flat, absent members left out, e.g.
 * {@code {"call":"7","attempt":1,"agent":"writer","kind":"TEXT","text":"Hel"}}. The id is the
 * Redis stream id, not part of the JSON.
 */
final class EntryCodec {

  /** The stream field of an entry. */
  static final String FIELD = "e";

  private static final String GAP_JSON = "{\"marker\":\"GAP\"}";

  private EntryCodec() {}

  /** The fields of {@code entry} for XADD. */
  static Map<String, String> fields(StreamEntry entry) {
    return Map.of(FIELD, encode(entry));
  }

  /** The fields of a GAP marker for XADD. */
  static Map<String, String> gapFields() {
    return Map.of(FIELD, GAP_JSON);
  }

  static String encode(StreamEntry entry) {
    ObjectNode node = Json.mapper().createObjectNode();
    putIfPresent(node, "call", entry.call());
    if (entry.attempt() != 0) {
      node.put("attempt", entry.attempt());
    }
    putIfPresent(node, "agent", entry.agent());
    ModelDelta delta = entry.delta();
    if (delta != null) {
      node.put("kind", delta.kind().name());
      node.put("text", delta.text());
      putIfPresent(node, "toolCall", delta.callId());
      putIfPresent(node, "tool", delta.name());
    }
    if (entry.marker() != null) {
      node.put("marker", entry.marker().name());
    }
    return node.toString();
  }

  /**
   * The entry stored as {@code json} under {@code id}. What this version cannot read (not
   * JSON, an unknown kind or marker, neither a delta nor a marker) is read as a GAP: its
   * content is missing for this reader, and the reader is told so.
   */
  static StreamEntry decode(String id, String json) {
    try {
      JsonNode node = Json.parse(json == null ? "" : json);
      StreamEntry.Marker marker = node.hasNonNull("marker") ? StreamEntry.Marker.valueOf(node.get("marker").asText()) : null;
      ModelDelta delta = null;
      if (node.hasNonNull("kind")) {
        delta = new ModelDelta(ModelDelta.Kind.valueOf(node.get("kind").asText()), text(node, "text"),
            text(node, "toolCall"), text(node, "tool"));
      }
      if ((delta == null) == (marker == null)) {
        return gap(id);
      }
      return new StreamEntry(id, text(node, "call"), node.path("attempt").asInt(0), text(node, "agent"), delta, marker);
    } catch (IllegalArgumentException e) {
      return gap(id);
    }
  }

  /** A GAP marker with this id. */
  static StreamEntry gap(String id) {
    return new StreamEntry(id, null, 0, null, null, StreamEntry.Marker.GAP);
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
