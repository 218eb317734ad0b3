package io.microagents.examples.durability;

import io.microagents.examples.StepPrinter;
import io.microagents.examples.TemporalTarget;

/**
 * A Temporal service other processes on this machine can reach: the cluster given with
 * {@code --temporal}, or else a {@link LoopbackTemporalServer} started in this process
 * (whose workers must turn sticky execution off: {@link #target} says so).
 */
final class SharedTemporal implements AutoCloseable {

  private final String address;
  private final String namespace;
  private final LoopbackTemporalServer server;

  private SharedTemporal(String address, String namespace, LoopbackTemporalServer server) {
    this.address = address;
    this.namespace = namespace;
    this.server = server;
  }

  static SharedTemporal of(TemporalTarget target, StepPrinter printer) {
    if (!target.embedded()) {
      return new SharedTemporal(target.address(), target.namespace(), null);
    }
    LoopbackTemporalServer server = LoopbackTemporalServer.start();
    printer.step("started a Temporal test server on " + server.address() + " for the worker processes");
    return new SharedTemporal(server.address(), "default", server);
  }

  String address() {
    return address;
  }

  String namespace() {
    return namespace;
  }

  /** The target worker processes use, with the payload store of {@code given}. */
  TemporalTarget target(TemporalTarget given) {
    return new TemporalTarget(address, namespace, given.payloads(), server != null || given.javaTestServer());
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
