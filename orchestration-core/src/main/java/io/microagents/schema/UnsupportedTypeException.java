package io.microagents.schema;

/**
 * A Java type has no strict JSON schema (an interface, {@code Object}, a map, a raw
 * collection, …). Agent readers turn it into a startup error naming the member at fault.
 */
public class UnsupportedTypeException extends IllegalArgumentException {

  public UnsupportedTypeException(String message) {
    super(message);
  }
}
