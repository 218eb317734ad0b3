package io.microagents.agent.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.json.Json;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Reads a model's tool arguments strictly, as the tool's strict JSON schema would: a
 * duplicate key, trailing text, a string for a number ({@code "100"}), a fraction for an
 * integer ({@code 99.99}), a number for a string or an enum, an unknown property, a missing
 * record component or a {@code null} where nothing is nullable are all refused, where
 * the project-wide {@link Json} mapper would quietly take the last key, coerce or truncate.
 * Only {@code Optional} and {@code @Nullable} members take {@code null} (or absence).
 *
 * <p>Also writes canonical JSON: every object's keys in alphabetical order, at every depth.
 */
public final class StrictArguments {

  private static final ObjectMapper READER = reader();

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
      .build();

  private StrictArguments() {}

  /**
   * Parses arguments that must be a JSON object; blank text is the empty object.
   *
   * @param what what the arguments are for, e.g. {@code tool book_flight}, named in errors
   * @throws ToolArgumentsException when they are not exactly one JSON object without duplicate keys
   */
  public static ObjectNode parseObject(String what, String argumentsJson) {
    if (argumentsJson == null || argumentsJson.isBlank()) {
      return READER.createObjectNode();
    }
    JsonNode args;
    try {
      args = READER.readTree(argumentsJson);
    } catch (JsonProcessingException e) {
      throw new ToolArgumentsException("Invalid JSON arguments for " + what + ": " + describe(e), e);
    }
    if (!(args instanceof ObjectNode object)) {
      throw new ToolArgumentsException("Invalid JSON arguments for " + what + ": expected a JSON object, got "
          + argumentsJson, null);
    }
    return object;
  }

  /**
   * Binds a JSON value to a Java type, strictly.
   *
   * @throws JsonProcessingException saying what did not fit; {@link #describe} words it
   */
  static Object read(JsonNode value, JavaType type) throws IOException {
    return READER.readerFor(type).readValue(value);
  }

  /** The type of a Java type, as the strict reader sees it. */
  static JavaType type(Type type) {
    return READER.constructType(type);
  }

  /**
   * Canonical JSON of arguments: strictly parsed, then written with the keys of every
   * object in alphabetical order.
   *
   * @throws ToolArgumentsException as {@link #parseObject}
   */
  public static String canonicalObject(String what, String argumentsJson) {
    return canonical(parseObject(what, argumentsJson));
  }

  /** A JSON tree as canonical text: the keys of every object in alphabetical order. */
  static String canonical(JsonNode tree) {
    try {
      return CANONICAL.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write canonical JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A bound value as a JSON tree, written as the project's mapper writes it. */
  static JsonNode tree(Object value) {
    return Json.mapper().valueToTree(value instanceof Optional<?> o ? o.orElse(null) : value);
  }

  /**
   * What Jackson found wrong, for a model to read: its message without the advice on
   * configuring Jackson, package names dropped, and where in the value it was
   * ({@code at points[1].y}) when it was nested.
   */
  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    message = message.replaceAll(" \\((but )?(might|could) if coercion .*?\\)", "")
        .replaceAll(": not allowed to deserialize Enum value out of number.*", ": a number is not an enum value")
        .replaceAll(", not marked as ignorable.*", "")
        .replaceAll(": not allowed as per `DeserializationFeature.*", "")
        .replace(" (bound as `com.fasterxml.jackson.databind.JsonNode`)", "")
        .replace("required creator property", "required property")
        .replaceAll(" \\(index \\d+\\)", "")
        .replaceAll("\\b[a-z][a-z0-9_]*\\.", "")
        .replace('$', '.');
    String at = e instanceof JsonMappingException m ? path(m) : "";
    return at.isEmpty() ? message : message + " (at " + at + ")";
  }

  private static String path(JsonMappingException e) {
    StringBuilder at = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        at.append(at.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        at.append('[').append(r.getIndex()).append(']');
      }
    }
    return at.toString();
  }

  private static ObjectMapper reader() {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // null fails everywhere (values and collection elements) but where a member says otherwise
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .withConfigOverride(Optional.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SET)))
        .annotationIntrospector(new NullableMembers())
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .build();
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }
}
