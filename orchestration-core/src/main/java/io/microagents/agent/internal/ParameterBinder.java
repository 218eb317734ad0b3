package io.microagents.agent.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.ToolException;
import io.microagents.annotations.Param;
import io.microagents.json.Json;
import io.microagents.run.RunContext;
import io.microagents.schema.JsonSchemas;
import io.microagents.schema.Nullability;
import io.microagents.schema.SchemaProperty;
import io.microagents.schema.UnsupportedTypeException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Maps a tool method's parameters to a JSON arguments object and back: each parameter is a
 * property named by {@link Param} (or by {@code -parameters}), a {@link RunContext}
 * parameter and a {@code @Context} parameter (the run's context object) are injected, and {@code Optional} or {@code @Nullable} parameters may be null
 * or absent (then {@code Optional.empty()} or {@code null}). Binding is strict
 * ({@link StrictArguments}): what the tool's strict schema refuses is refused.
 */
final class ParameterBinder {

  /**
   * One method parameter: the injected RunContext ({@code context}), the run's context object
   * ({@code user}, a {@code @Context} parameter), or a named argument with its Jackson type.
   */
  private record Slot(String name, JavaType type, boolean context, boolean optional, boolean nullable, ContextParameter user) {
    Slot(String name, JavaType type, boolean context, boolean optional, boolean nullable) {
      this(name, type, context, optional, nullable, null);
    }

    boolean injected() {
      return context || user != null;
    }
  }

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
      if (ContextParameter.is(p)) {
        slots.add(new Slot(null, null, false, false, false, ContextParameter.of(method, p, i)));
        continue;
      }
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
      slots.add(new Slot(name, StrictArguments.type(p.getParameterizedType()), false, optional, nullable));
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
   * Turns the model's JSON arguments into the method's arguments, strictly (see
   * {@link StrictArguments}): an argument the tool does not take, a required one missing or
   * {@code null}, and a value that does not fit its parameter's type exactly are refused.
   *
   * @throws ToolArgumentsException naming the tool and the argument, and saying what was wrong
   */
  Object[] bind(String toolName, String argumentsJson, RunContext context) {
    ObjectNode args = StrictArguments.parseObject("tool " + toolName, argumentsJson);
    checkNames(toolName, args);
    Object[] values = new Object[slots.size()];
    for (int i = 0; i < values.length; i++) {
      Slot slot = slots.get(i);
      values[i] = slot.context() ? context
          : slot.user() != null ? contextObject(toolName, slot.user(), context)
          : bindOne(toolName, slot, args.get(slot.name()));
    }
    return values;
  }

  /** After a call: what it changed in a converted context object is kept (see {@link ContextParameter#writeBack}). */
  void afterCall(Object[] values, RunContext context) {
    for (int i = 0; i < values.length; i++) {
      if (slots.get(i).user() != null) {
        slots.get(i).user().writeBack(context, values[i]);
      }
    }
  }

  // A context that does not convert is the developer's mistake: no retry will cure it.
  private static Object contextObject(String toolName, ContextParameter p, RunContext context) {
    try {
      return p.value(context);
    } catch (IllegalArgumentException e) {
      throw new ToolException("Tool " + toolName + " cannot run: " + e.getMessage(), e);
    }
  }

  /**
   * The arguments as they will be bound, as canonical JSON: bound strictly, then each
   * parameter's value written back, keys of every object in alphabetical order; a nullable
   * argument left out is written as {@code null}.
   *
   * @throws ToolArgumentsException as {@link #bind}
   */
  String canonical(String toolName, String argumentsJson) {
    Object[] values = bind(toolName, argumentsJson, null);
    ObjectNode bound = Json.mapper().createObjectNode();
    for (int i = 0; i < values.length; i++) {
      if (!slots.get(i).injected()) {
        bound.set(slots.get(i).name(), StrictArguments.tree(values[i]));
      }
    }
    return StrictArguments.canonical(bound);
  }

  /** The method bound. */
  Method method() {
    return method;
  }

  private void checkNames(String toolName, ObjectNode args) {
    List<String> known = slots.stream().filter(s -> !s.injected()).map(Slot::name).toList();
    for (Iterator<String> names = args.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new ToolArgumentsException("Invalid arguments for tool " + toolName + ": unknown argument '" + name
            + "'; the tool takes " + (known.isEmpty() ? "no arguments" : known), null);
      }
    }
  }

  private static Object bindOne(String toolName, Slot slot, JsonNode value) {
    if (value == null || value.isNull()) {
      if (!slot.optional() && !slot.nullable()) {
        throw new ToolArgumentsException("Invalid arguments for tool " + toolName + ": " + (value == null
            ? "missing required argument '" + slot.name() + "'"
            : "argument '" + slot.name() + "' must not be null"), null);
      }
      return slot.optional() ? Optional.empty() : null;
    }
    try {
      return StrictArguments.read(value, slot.type());
    } catch (JsonProcessingException e) {
      throw new ToolArgumentsException("Invalid arguments for tool " + toolName + ": argument '" + slot.name()
          + "' is not a valid " + slot.type().toCanonical().replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.')
          + ": " + StrictArguments.describe(e), e);
    } catch (IOException e) {
      throw new ToolArgumentsException("Invalid arguments for tool " + toolName + ": argument '" + slot.name()
          + "': " + e.getMessage(), e);
    }
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
}
