package io.microagents.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The project's one Jackson configuration, for items, tool arguments and outputs. Its output
 * is canonical for maps: entries are written in key order, so a value built from a
 * {@code Map.of(...)} or a {@code HashMap} serializes to the same text in every JVM (what a
 * digest or a replayed payload needs).
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private Json() {}

  /** The shared mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses JSON text; throws {@link IllegalArgumentException} when it is not JSON. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a value as JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot write as JSON: " + value.getClass().getName(), e);
    }
  }

  /**
   * A final output as text: a JSON string as its value, any other JSON as its text,
   * {@code null} for none.
   */
  public static String outputText(JsonNode output) {
    if (output == null || output.isNull() || output.isMissingNode()) {
      return null;
    }
    return output.isTextual() ? output.asText() : output.toString();
  }

  /** A final output as its type: {@link #outputText} for {@code String}, else converted. */
  public static <T> T output(JsonNode output, Class<T> type) {
    return type == String.class ? type.cast(outputText(output)) : convert(output, type);
  }

  /** Converts a JSON tree (or any value) to a type. */
  public static <T> T convert(Object value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }
}
