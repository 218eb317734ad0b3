package io.microagents.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --temporal HOST:PORT}: a malformed address is a bad command line (exit 2),
 * caught before anything tries to connect.
 */
final class TemporalAddressConverter implements ITypeConverter<String> {

  @Override
  public String convert(String value) {
    String address = value.trim();
    int colon = address.lastIndexOf(':');
    boolean ok = address.matches("[^:/\\s]+:\\d{1,5}") && Integer.parseInt(address.substring(colon + 1)) <= 65535;
    if (!ok) {
      throw new TypeConversionException("'" + value + "' is not HOST:PORT, e.g. localhost:7233");
    }
    return address;
  }
}
