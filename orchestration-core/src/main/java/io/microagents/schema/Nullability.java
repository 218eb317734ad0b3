package io.microagents.schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;

/**
 * Recognises {@code @Nullable} from any library (JSpecify, JSR-305, Jakarta, JetBrains, …)
 * by its simple name, on the declaration or on its type, so no particular one is required.
 */
public final class Nullability {

  private Nullability() {}

  /** Whether a method parameter is annotated {@code @Nullable}. */
  public static boolean isNullable(Parameter p) {
    return hasNullable(p) || hasNullable(p.getAnnotatedType());
  }

  /** Whether a field (or record component's field) is annotated {@code @Nullable}. */
  public static boolean isNullable(Field f) {
    return hasNullable(f) || hasNullable(f.getAnnotatedType());
  }

  private static boolean hasNullable(AnnotatedElement element) {
    for (Annotation a : element.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNullable(AnnotatedType type) {
    return type != null && hasNullable((AnnotatedElement) type);
  }
}
