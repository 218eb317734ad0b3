package io.microagents.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.JsonValue;
import io.microagents.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts our Jackson trees to openai-java's {@link JsonValue} and back. */
final class SdkJson {

  /** The schema of a function without parameters. */
  private static final JsonNode EMPTY_OBJECT_SCHEMA = Json.parse(
      "{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}");

  private SdkJson() {}

  /**
   * The top-level properties of a JSON schema, as the SDK's schema builders take them
   * ({@code additionalProperties(...)}); a missing schema is an empty object schema.
   */
  static Map<String, JsonValue> schemaProperties(JsonNode schema) {
    JsonNode node = schema == null || schema.isNull() ? EMPTY_OBJECT_SCHEMA : schema;
    if (!node.isObject()) {
      throw new IllegalArgumentException("a JSON schema must be an object, got: " + node);
    }
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    node.fields().forEachRemaining(
        e -> properties.put(e.getKey(), JsonValue.fromJsonNode(e.getValue())));
    return properties;
  }

  /** The SDK's value as a Jackson tree; {@code null} when it cannot be converted. */
  static JsonNode toNode(JsonValue value) {
    try {
      return value == null ? null : value.convert(JsonNode.class);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
