package io.microagents.temporal.durability;

import io.grpc.InsecureServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The Java standalone Temporal test server in a JVM of its own, for the crash matrix when no
 * real server is given. It does what {@code TestServer.createPortBoundServer(port)} does
 * (real time, no time skipping), but binds 127.0.0.1 only — that method binds every
 * interface — on a free port, which it prints as {@code @@READY <port>}.
 */
public final class TemporalServerProcess {

  private TemporalServerProcess() {}

  public static void main(String[] args) throws Exception {
    ParentWatch.exitWhenStdinCloses();
    TestServicesStarter services = new TestServicesStarter(true, 0);
    ServerBuilder<?> builder = NettyServerBuilder.forAddress(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build().start();
    System.out.println("@@READY " + server.getPort());
    server.awaitTermination();
  }
}
