package io.microagents.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.microagents.json.Json;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides whether a Java type has a strict JSON schema that Jackson can also bind: scalars,
 * enums, records and POJOs (recursively), lists, sets, arrays and {@code Optional} of those.
 * Anything else fails with the reason and where in the type it was found.
 */
final class SupportedTypes {

  private static final Set<Class<?>> SCALARS =
      Set.of(String.class, Character.class, Boolean.class, Byte.class, Short.class, Integer.class,
          Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class, UUID.class, URI.class);

  private final Set<JavaType> visiting = new HashSet<>();

  private SupportedTypes() {}

  /** Checks a declared type; throws {@link UnsupportedTypeException} when it has no schema. */
  static void check(Type declared) {
    checkDeclaration(declared, declared);
    new SupportedTypes().check(Json.mapper().constructType(declared), describe(declared));
  }

  /** Whether the type is a record or POJO, i.e. its schema is a JSON object. */
  static boolean isObject(Type declared) {
    JavaType t = Json.mapper().constructType(declared);
    return !t.isContainerType() && !t.isReferenceType() && !t.isPrimitive() && !t.isEnumType()
        && !SCALARS.contains(t.getRawClass());
  }

  // Raw types and wildcards are only visible on the reflective type: Jackson reads them as Object.
  private static void checkDeclaration(Type t, Type root) {
    if (t instanceof WildcardType) {
      throw unsupported(describe(root), "the wildcard type " + t.getTypeName() + " has no schema; use a concrete type");
    }
    if (t instanceof TypeVariable<?>) {
      throw unsupported(describe(root), "the type variable " + t.getTypeName() + " has no schema; use a concrete type");
    }
    if (t instanceof GenericArrayType g) {
      checkDeclaration(g.getGenericComponentType(), root);
    } else if (t instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        checkDeclaration(arg, root);
      }
    } else if (t instanceof Class<?> c && c.getTypeParameters().length > 0
        && (Collection.class.isAssignableFrom(c) || c == Optional.class)) {
      throw unsupported(describe(root), "the raw type " + c.getSimpleName() + " has no element type; declare it, e.g. "
          + c.getSimpleName() + "<String>");
    }
  }

  private void check(JavaType t, String where) {
    Class<?> raw = t.getRawClass();
    if (t.isPrimitive()) {
      if (raw == void.class) {
        throw unsupported(where, "void has no schema");
      }
      return;
    }
    if (SCALARS.contains(raw) || t.isEnumType()) {
      return;
    }
    if (t.isReferenceType()) { // Optional<T>
      check(t.getContentType(), where);
    } else if (t.isArrayType()) {
      check(t.getContentType(), where);
    } else if (t.isMapLikeType()) {
      throw unsupported(where, "maps have no strict JSON schema (strict objects list all their keys); use a record or a list of records");
    } else if (t.isCollectionLikeType()) {
      if (!List.class.isAssignableFrom(raw) && !Set.class.isAssignableFrom(raw) && raw != Collection.class) {
        throw unsupported(where, raw.getName() + " is not supported; use a List, a Set or an array");
      }
      check(t.getContentType(), where);
    } else {
      checkBean(t, where);
    }
  }

  private void checkBean(JavaType t, String where) {
    Class<?> raw = t.getRawClass();
    if (raw == Object.class) {
      throw unsupported(where, "Object has no schema (is a generic type raw or a wildcard?); use a concrete type");
    }
    String pkg = raw.getPackageName();
    if (pkg.startsWith("java.time")) {
      throw unsupported(where, raw.getName() + " is not supported; pass dates and times as ISO-8601 Strings");
    }
    if (pkg.startsWith("java.") || pkg.startsWith("javax.") || pkg.startsWith("jdk.") || pkg.startsWith("sun.")) {
      throw unsupported(where, raw.getName() + " is not a supported type");
    }
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      throw unsupported(where, (raw.isInterface() ? "the interface " : "the abstract class ") + raw.getName()
          + " has no schema; use a record, a POJO, an enum or a scalar");
    }
    if (!visiting.add(t)) {
      return; // recursive type: already being checked
    }
    BeanDescription bean = Json.mapper().getDeserializationConfig().introspect(t);
    for (BeanPropertyDefinition p : bean.findProperties()) {
      JavaType type = p.getPrimaryType();
      if (type != null) {
        check(type, raw.getSimpleName() + "." + p.getName() + " in " + where);
      }
    }
  }

  private static String describe(Type t) {
    return t.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.');
  }

  private static UnsupportedTypeException unsupported(String where, String why) {
    return new UnsupportedTypeException(why + " (in " + where + ")");
  }
}
