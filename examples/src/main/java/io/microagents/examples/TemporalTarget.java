package io.microagents.examples;

/**
 * Which Temporal service examples run on: the embedded in-process server (the default), or
 * a cluster at {@code host:port} in a namespace.
 *
 * @param address {@code host:port}, or {@code null} for the embedded server
 * @param namespace the namespace on that cluster
 */
public record TemporalTarget(String address, String namespace) {

  /** The embedded in-process server. */
  public static final TemporalTarget EMBEDDED = new TemporalTarget(null, "default");

  public TemporalTarget {
    namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
  }

  /** Whether this is the embedded server. */
  public boolean embedded() {
    return address == null;
  }
}
