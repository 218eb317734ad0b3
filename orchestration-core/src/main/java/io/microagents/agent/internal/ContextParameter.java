package io.microagents.agent.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.annotations.Context;
import io.microagents.json.Json;
import io.microagents.run.RunContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;

/**
 * A method parameter annotated {@link Context}: its type, read once at startup, and its value
 * for a call — the run's context object itself when it already has the type (in-process),
 * else the context's JSON converted to it (durable runs). After a call, changes to a
 * converted copy are written back into the context's map, so workflow code keeps them.
 */
final class ContextParameter {

  private final JavaType type;
  private final String where;

  private ContextParameter(JavaType type, String where) {
    this.type = type;
    this.where = where;
  }

  /** Whether the parameter takes the run's context object. */
  static boolean is(Parameter p) {
    return p.isAnnotationPresent(Context.class);
  }

  /**
   * Reads the parameter.
   *
   * @throws AgentDefinitionException naming the method and parameter when its type cannot hold a context object
   */
  static ContextParameter of(Method method, Parameter p, int index) {
    String where = Members.describe(method) + ", @Context parameter " + index + " (" + p.getType().getSimpleName() + ")";
    if (p.getType().isPrimitive()) {
      throw new AgentDefinitionException("Method " + where + ": a context object cannot be a primitive; use a class or record");
    }
    if (p.getType() == RunContext.class) {
      throw new AgentDefinitionException("Method " + where + ": a RunContext parameter needs no @Context; remove the annotation");
    }
    return new ContextParameter(Json.mapper().constructType(p.getParameterizedType()), where);
  }

  /**
   * The value for one call: {@code null} without a context.
   *
   * @throws IllegalArgumentException naming the method and both types when the context does not convert
   */
  Object value(RunContext run) {
    Object context = run == null ? null : run.context();
    if (context == null || type.getRawClass().isInstance(context) && !type.hasContentType()) {
      return context;
    }
    try {
      return Json.mapper().convertValue(context, type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Method " + where + ": the run's context (a "
          + context.getClass().getSimpleName() + ") is not a " + type.getRawClass().getSimpleName()
          + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }
  }

  /** Keeps what the call changed in a converted copy: the context's map takes the copy's fields. */
  @SuppressWarnings("unchecked")
  void writeBack(RunContext run, Object value) {
    if (run != null && value != null && value != run.context() && run.context() instanceof Map<?, ?> map) {
      Map<String, Object> fields = Json.mapper().convertValue(value, Map.class);
      if (!fields.equals(map)) {
        try {
          ((Map<String, Object>) map).clear();
          ((Map<String, Object>) map).putAll(fields);
        } catch (UnsupportedOperationException e) {
          // an unmodifiable map given in-process: there is nowhere to keep the change
        }
      }
    }
  }
}
