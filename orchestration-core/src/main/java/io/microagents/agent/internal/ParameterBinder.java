package io.microagents.agent.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.annotations.Param;
import io.microagents.json.Json;
import io.microagents.run.RunContext;
import io.microagents.schema.JsonSchemas;
import io.microagents.schema.Nullability;
import io.microagents.schema.SchemaProperty;
import io.microagents.schema.UnsupportedTypeException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a tool method's parameters to a JSON arguments object and back: each parameter is a
 * property named by {@link Param} (or by {@code -parameters}), a {@link RunContext}
 * parameter is injected, and {@code Optional} or {@code @Nullable} parameters may be null
 * or absent (then {@code Optional.empty()} or {@code null}).
 */
final class ParameterBinder {

  /** One method parameter: injected context, or a named argument with its Jackson type. */
  private record Slot(String name, JavaType type, boolean context, boolean optional, boolean nullable) {}

  private final Method method;
  private final List<Slot> slots;
  private final ObjectNode schema;

  private ParameterBinder(Method method, List<Slot> slots, ObjectNode schema) {
    this.method = method;
    this.slots = slots;
    this.schema = schema;
  }

  /**
   * Reads the parameters of a tool method.
   *
   * @throws AgentDefinitionException naming the class, method and parameter at fault
   */
  static ParameterBinder of(Method method) {
    List<Slot> slots = new ArrayList<>();
    List<SchemaProperty> properties = new ArrayList<>();
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      Parameter p = parameters[i];
      if (p.getType() == RunContext.class) {
        slots.add(new Slot(null, null, true, false, false));
        continue;
      }
      String name = nameOf(method, p, i);
      if (slots.stream().anyMatch(s -> name.equals(s.name()))) {
        throw new AgentDefinitionException("Tool method " + Members.describe(method)
            + " has two parameters named '" + name + "'");
      }
      try {
        JsonSchemas.checkSupported(p.getParameterizedType());
      } catch (UnsupportedTypeException e) {
        throw new AgentDefinitionException("Tool method " + Members.describe(method) + ", parameter '" + name
            + "' (index " + i + "): unsupported type " + p.getParameterizedType().getTypeName() + ": " + e.getMessage());
      }
      boolean optional = JsonSchemas.optionalContent(p.getParameterizedType()).isPresent();
      boolean nullable = Nullability.isNullable(p);
      if (nullable && p.getType().isPrimitive()) {
        throw new AgentDefinitionException("Tool method " + Members.describe(method) + ", parameter '" + name
            + "' (index " + i + "): a primitive cannot be @Nullable; use its box or Optional");
      }
      Param param = p.getAnnotation(Param.class);
      properties.add(new SchemaProperty(name, p.getParameterizedType(), param == null ? "" : param.value(), nullable));
      slots.add(new Slot(name, Json.mapper().constructType(p.getParameterizedType()), false, optional, nullable));
    }
    ObjectNode schema;
    try {
      schema = JsonSchemas.parametersSchema(properties);
    } catch (RuntimeException e) {
      throw new AgentDefinitionException("Tool method " + Members.describe(method)
          + ": cannot generate the parameters' JSON schema: " + e.getMessage(), e);
    }
    return new ParameterBinder(method, List.copyOf(slots), schema);
  }

  /** The strict schema of the arguments object. */
  ObjectNode schema() {
    return schema;
  }

  /**
   * Turns the model's JSON arguments into the method's arguments.
   *
   * @throws ToolArgumentsException when they are not a JSON object or do not fit a parameter
   */
  Object[] bind(String toolName, String argumentsJson, RunContext context) {
    JsonNode args = parse(toolName, argumentsJson);
    Object[] values = new Object[slots.size()];
    for (int i = 0; i < values.length; i++) {
      Slot slot = slots.get(i);
      if (slot.context()) {
        values[i] = context;
        continue;
      }
      JsonNode value = args.get(slot.name());
      if (value == null || value.isNull()) {
        if (!slot.optional() && !slot.nullable()) {
          throw new ToolArgumentsException("Invalid arguments for tool " + toolName + ": missing required argument '"
              + slot.name() + "'", null);
        }
        values[i] = slot.optional() ? Optional.empty() : null;
        continue;
      }
      try {
        values[i] = Json.mapper().readerFor(slot.type()).readValue(value);
      } catch (Exception e) {
        throw new ToolArgumentsException("Invalid arguments for tool " + toolName + ": argument '" + slot.name()
            + "' is not a valid " + slot.type().toCanonical().replaceAll("\\b[a-z][a-z0-9_]*\\.", "") + ": "
            + firstLine(e.getMessage()), e);
      }
    }
    return values;
  }

  /** The method bound. */
  Method method() {
    return method;
  }

  static JsonNode parse(String toolName, String argumentsJson) {
    if (argumentsJson == null || argumentsJson.isBlank()) {
      return Json.mapper().createObjectNode();
    }
    JsonNode args;
    try {
      args = Json.parse(argumentsJson);
    } catch (IllegalArgumentException e) {
      throw new ToolArgumentsException("Invalid JSON arguments for tool " + toolName + ": " + e.getMessage(), e);
    }
    if (args == null || !args.isObject()) {
      throw new ToolArgumentsException("Invalid JSON arguments for tool " + toolName
          + ": expected a JSON object, got " + argumentsJson, null);
    }
    return args;
  }

  private static String nameOf(Method method, Parameter p, int index) {
    Param param = p.getAnnotation(Param.class);
    if (param != null && !param.name().isEmpty()) {
      return param.name();
    }
    if (p.isNamePresent()) {
      return p.getName();
    }
    throw new AgentDefinitionException("Tool method " + Members.describe(method) + ": parameter " + index
        + " (" + p.getType().getSimpleName() + ") has no name; add @Param(name = \"...\") or compile with -parameters");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
