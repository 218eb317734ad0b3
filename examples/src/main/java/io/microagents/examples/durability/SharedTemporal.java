package io.microagents.examples.durability;

import io.microagents.examples.StepPrinter;
import io.microagents.examples.TemporalTarget;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A Temporal service other processes can reach: the cluster given with {@code --temporal},
 * or else a Temporal test server started in this process on a free local port (whose
 * workers must turn sticky execution off: {@link #target()} says so).
 */
final class SharedTemporal implements AutoCloseable {

  private final String address;
  private final String namespace;
  private final TestServer.PortBoundTestServer server;

  private SharedTemporal(String address, String namespace, TestServer.PortBoundTestServer server) {
    this.address = address;
    this.namespace = namespace;
    this.server = server;
  }

  static SharedTemporal of(TemporalTarget target, StepPrinter printer) {
    if (!target.embedded()) {
      return new SharedTemporal(target.address(), target.namespace(), null);
    }
    int port = freePort();
    TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port, false);
    printer.step("started a Temporal test server on 127.0.0.1:" + port + " for the worker processes");
    return new SharedTemporal("127.0.0.1:" + port, "default", server);
  }

  String address() {
    return address;
  }

  String namespace() {
    return namespace;
  }

  /** The target worker processes use, with the payload store of {@code given}. */
  TemporalTarget target(TemporalTarget given) {
    return new TemporalTarget(address, namespace, given.payloads(), server != null);
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port for the Temporal test server", e);
    }
  }
}
