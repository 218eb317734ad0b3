package io.microagents.schema;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * One property of an object schema built from loose parts, such as a tool's parameters.
 *
 * @param name the property's name in the JSON object
 * @param type its Java type; {@code Optional<T>} makes it nullable
 * @param description what it means, for the model; empty for none
 * @param nullable whether {@code null} is allowed (always so for {@code Optional})
 */
public record SchemaProperty(String name, Type type, String description, boolean nullable) {

  public SchemaProperty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
    nullable = nullable || JsonSchemas.optionalContent(type).isPresent();
  }

  /** A property that is nullable only if its type is {@code Optional}. */
  public SchemaProperty(String name, Type type, String description) {
    this(name, type, description, false);
  }
}
