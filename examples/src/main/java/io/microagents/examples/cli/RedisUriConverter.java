package io.microagents.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --redis redis://HOST:PORT} (or {@code rediss://} for TLS): anything else is a
 * bad command line (exit 2), caught before anything tries to connect.
 */
final class RedisUriConverter implements ITypeConverter<String> {

  @Override
  public String convert(String value) {
    String uri = value.trim();
    if (!uri.matches("rediss?://([^@/\\s]+@)?[^:/\\s]+:\\d{1,5}(/\\d+)?")) {
      throw new TypeConversionException("'" + value + "' is not a Redis URI, e.g. redis://127.0.0.1:6379");
    }
    return uri;
  }
}
