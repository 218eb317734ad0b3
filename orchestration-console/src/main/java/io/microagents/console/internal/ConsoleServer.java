package io.microagents.console.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server with the console's routes. A thread per request from a cached pool:
 * a live page holds its connection (server-sent events) as long as it is open.
 */
public final class ConsoleServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;

  private ConsoleServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Binds and starts serving. */
  public static ConsoleServer start(ConsoleSettings settings) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on " + settings.bindAddress() + ":" + settings.port()
          + " for the console: " + e.getMessage(), e);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "microagents-console-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    AccessGuard guard = new AccessGuard(settings.token(), settings.bindAddress());
    server.createContext("/", new Routes(settings, guard, threads));
    server.start();
    return new ConsoleServer(server, threads);
  }

  /** The port bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow(); // ends live streams (their threads are interrupted)
  }
}
