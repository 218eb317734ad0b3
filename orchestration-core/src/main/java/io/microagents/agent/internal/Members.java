package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinitionException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reflection shared by the readers: finding annotated methods, naming them, calling them. */
final class Members {

  private Members() {}

  /** {@code com.example.WeatherAgent.getWeather}: how errors name a method. */
  static String describe(Method m) {
    return m.getDeclaringClass().getName() + "." + m.getName();
  }

  /**
   * The methods of {@code type} and its superclasses carrying {@code annotation}, overridden
   * ones once; each must be public. Reflection does not keep declaration order, so each
   * class's methods come sorted by name: tools and guardrails appear in a stable order.
   *
   * @throws AgentDefinitionException naming a non-public annotated method
   */
  static List<Method> annotated(Class<?> type, Class<? extends Annotation> annotation) {
    List<Method> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : sorted(c.getDeclaredMethods())) {
        if (m.isBridge() || m.isSynthetic() || !m.isAnnotationPresent(annotation)) {
          continue;
        }
        if (!Modifier.isPublic(m.getModifiers())) {
          throw new AgentDefinitionException("@" + annotation.getSimpleName() + " method " + describe(m)
              + " must be public");
        }
        if (seen.add(m.getName() + List.of(m.getParameterTypes()))) {
          m.trySetAccessible(); // public methods of non-public classes
          found.add(m);
        }
      }
    }
    return found;
  }

  /** Calls a method, rethrowing what the method itself threw rather than a reflection wrapper. */
  static Object invoke(Method m, Object target, Object... args) throws Exception {
    try {
      return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  // getDeclaredMethods has no defined order; sort so tools appear in a stable order.
  private static Method[] sorted(Method[] methods) {
    Arrays.sort(methods, Comparator.comparing(Method::getName)
        .thenComparing(m -> List.of(m.getParameterTypes()).toString()));
    return methods;
  }
}
