package io.microagents.examples.durability;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's Java test server on 127.0.0.1 and a free port: reachable by worker processes on
 * this machine, by nothing else. The SDK's {@code TestServer.createPortBoundServer(port)}
 * binds every interface and has no variant taking an address, so this starts the same
 * services ({@code TestServicesStarter}, with health checks) on a gRPC server of its own,
 * bound to the loopback address. Its workers must turn sticky execution off (see
 * {@code TemporalTarget.javaTestServer}).
 */
public final class LoopbackTemporalServer implements AutoCloseable {

  private final TestServicesStarter services;
  private final Server server;

  private LoopbackTemporalServer(TestServicesStarter services, Server server) {
    this.services = services;
    this.server = server;
  }

  /** Starts a fresh server (no namespaces but {@code default}, no workflows). */
  public static LoopbackTemporalServer start() {
    // Time skipping locked: time passes as on a real server (unlocked, an idle run would jump to its timeouts).
    TestServicesStarter services = new TestServicesStarter(true, 0);
    NettyServerBuilder builder = NettyServerBuilder.forAddress(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    try {
      return new LoopbackTemporalServer(services, builder.build().start());
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException("cannot start a Temporal test server on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  /** {@code 127.0.0.1:PORT}. */
  public String address() {
    return InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
  }

  /** The addresses the server listens on (one: the loopback address and its port). */
  public List<? extends SocketAddress> listenAddresses() {
    return server.getListenSockets();
  }

  @Override
  public void close() {
    server.shutdownNow();
    try {
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    services.close();
  }
}
