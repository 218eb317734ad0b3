package io.microagents.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real Redis ({@link RedisServer} parameters), one per test run:
 *
 * <ul>
 *   <li>{@code REDIS_URI} set (CI, after {@code scripts/redis-server.sh start}): that server;
 *   <li>otherwise the {@code redis-server} binary ({@code REDIS_SERVER}, or on the PATH),
 *       started on a free 127.0.0.1 port, in memory only, and stopped at the end;
 *   <li>otherwise the tests are skipped, or fail when {@code REQUIRE_REDIS=1}.
 * </ul>
 */
final class RedisServerExtension implements BeforeEachCallback, ParameterResolver {

  static final String NOT_INSTALLED = "redis-server is not installed: run scripts/redis-server.sh install"
      + " (or scripts/redis-server.sh start and set REDIS_URI)";

  /** Per test, so that a missing server shows as every test skipped (or failed), not as none. */
  @Override
  public void beforeEach(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RedisServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static RedisServer server(ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
    return store.getOrComputeIfAbsent(Running.class, k -> start(), Running.class).server;
  }

  private static Running start() {
    String external = System.getenv("REDIS_URI");
    if (external != null && !external.isBlank()) {
      return new Running(new RedisServer(URI.create(external)), null);
    }
    Path binary = requireRedisServer();
    Path dir = Path.of(System.getProperty("redis.state.dir", "target/redis-server")).toAbsolutePath();
    int port = freePort();
    return new Running(new RedisServer(URI.create("redis://127.0.0.1:" + port)), startRedisServer(binary, port, dir));
  }

  /** The path of redis-server, or the test skipped (failed with {@code REQUIRE_REDIS=1}). */
  static Path requireRedisServer() {
    Optional<Path> binary = findRedisServer();
    if (binary.isEmpty()) {
      if ("1".equals(System.getenv("REQUIRE_REDIS"))) {
        Assertions.fail(NOT_INSTALLED + " (REQUIRE_REDIS=1)");
      }
      Assumptions.abort("SKIPPED: " + NOT_INSTALLED + " (REQUIRE_REDIS=1 makes this a failure)");
    }
    return binary.get();
  }

  /** Starts redis-server on 127.0.0.1:port, in memory only, and waits until it answers. */
  static Process startRedisServer(Path binary, int port, Path dir) {
    try {
      Files.createDirectories(dir);
      Path log = dir.resolve("redis-" + port + ".log");
      Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port),
          "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", dir.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (!answers(port)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new IllegalStateException(binary + " did not answer on 127.0.0.1:" + port + ":\n" + Files.readString(log));
        }
        Thread.sleep(50);
      }
      return process;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + binary + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted starting redis-server", e);
    }
  }

  static Optional<Path> findRedisServer() {
    String given = System.getenv("REDIS_SERVER");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    List<Path> dirs = new ArrayList<>();
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        dirs.add(Path.of(entry));
      }
    }
    dirs.addAll(List.of(Path.of("/usr/bin"), Path.of("/usr/sbin"), Path.of("/usr/local/bin")));
    return dirs.stream().map(d -> d.resolve("redis-server")).filter(Files::isExecutable).findFirst();
  }

  /** Whether a Redis on 127.0.0.1:port answers PING. */
  static boolean answers(int port) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(1000);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] reply = new byte[7];
      int n = in.readNBytes(reply, 0, reply.length);
      return new String(reply, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  /** A port that was free a moment ago on 127.0.0.1. */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  /** The server for this run; closing the root store (end of the run) stops one we started. */
  private record Running(RedisServer server, Process process) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      if (process != null) {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
  }
}
