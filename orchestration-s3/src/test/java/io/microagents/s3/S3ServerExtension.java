package io.microagents.s3;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Gives tests a real S3 server ({@link S3Server} parameters of {@code @BeforeEach} and test
 * methods), started once per test run:
 *
 * <ul>
 *   <li>{@code S3_ENDPOINT} set (CI after {@code scripts/s3-server.sh start}): that server,
 *       with {@code S3_BUCKET}, {@code S3_ACCESS_KEY}, {@code S3_SECRET_KEY} or the script's
 *       defaults;
 *   <li>otherwise versitygw, if installed ({@code VERSITYGW}, {@code $GOBIN},
 *       {@code $GOPATH/bin}, {@code ~/go/bin}), started with {@code scripts/s3-server.sh} on a
 *       free port with its state under {@code target/s3-server}, and stopped at the end;
 *   <li>otherwise the tests are skipped, or fail when {@code REQUIRE_S3=1}.
 * </ul>
 */
final class S3ServerExtension implements BeforeEachCallback, ParameterResolver {

  static final String NOT_INSTALLED =
      "versitygw (the S3 test server) is not installed: run scripts/s3-server.sh install";

  private static final Map<String, String> ENV = System.getenv();

  /** Per test, so that a missing server shows as every test skipped (or failed), not as none. */
  @Override
  public void beforeEach(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == S3Server.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static S3Server server(ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
    return store.getOrComputeIfAbsent(Running.class, k -> start(), Running.class).server;
  }

  private static Running start() {
    String access = env("S3_ACCESS_KEY", S3Server.DEFAULT_ACCESS_KEY);
    String secret = env("S3_SECRET_KEY", S3Server.DEFAULT_SECRET_KEY);
    String bucket = env("S3_BUCKET", S3Server.DEFAULT_BUCKET);
    String external = ENV.get("S3_ENDPOINT");
    if (external != null && !external.isBlank()) {
      S3Server server = new S3Server(URI.create(external), access, secret, bucket);
      ensureBucket(server);
      return new Running(server, null);
    }
    Optional<Path> binary = findVersitygw();
    if (binary.isEmpty()) {
      if ("1".equals(ENV.get("REQUIRE_S3"))) {
        Assertions.fail(NOT_INSTALLED + " (REQUIRE_S3=1)");
      }
      Assumptions.abort("SKIPPED: " + NOT_INSTALLED
          + " (or set S3_ENDPOINT; REQUIRE_S3=1 makes this a failure)");
    }
    Path script = Path.of(System.getProperty("s3.script", "../scripts/s3-server.sh"));
    Path stateDir = Path.of(System.getProperty("s3.state.dir", "target/s3-server"));
    int port = freePort();
    Map<String, String> scriptEnv = Map.of(
        "VERSITYGW", binary.get().toString(), "S3_PORT", Integer.toString(port),
        "S3_STATE_DIR", stateDir.toAbsolutePath().toString(), "S3_BUCKET", bucket,
        "S3_ACCESS_KEY", access, "S3_SECRET_KEY", secret);
    runScript(script, scriptEnv, "stop");   // one left over by a killed earlier run
    runScript(script, scriptEnv, "start", "--fresh");
    S3Server server = new S3Server(URI.create("http://127.0.0.1:" + port), access, secret, bucket);
    return new Running(server, () -> runScript(script, scriptEnv, "stop"));
  }

  /** Keys and bucket of an external server: the bucket must exist or be creatable. */
  private static void ensureBucket(S3Server server) {
    try (S3Client s3 = server.client()) {
      try {
        s3.headBucket(b -> b.bucket(server.bucket()));
      } catch (NoSuchBucketException e) {
        s3.createBucket(b -> b.bucket(server.bucket()));
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException("S3_ENDPOINT=" + server.endpoint() + ", bucket "
          + server.bucket() + ": not usable: " + S3Errors.reason(e), e);
    }
  }

  static Optional<Path> findVersitygw() {
    String given = ENV.get("VERSITYGW");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    List<Path> dirs = new ArrayList<>();
    String gobin = ENV.get("GOBIN");
    if (gobin != null && !gobin.isBlank()) {
      dirs.add(Path.of(gobin));
    }
    String gopath = ENV.get("GOPATH");
    if (gopath != null && !gopath.isBlank()) {
      for (String entry : gopath.split(File.pathSeparator)) {
        dirs.add(Path.of(entry, "bin"));
      }
    }
    dirs.add(Path.of(System.getProperty("user.home"), "go", "bin"));
    return dirs.stream().map(d -> d.resolve("versitygw")).filter(Files::isExecutable).findFirst();
  }

  private static void runScript(Path script, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    Path log = Path.of(env.get("S3_STATE_DIR"), "script.log");
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " timed out (log: " + log + ")");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed with exit "
            + p.exitValue() + ":\n" + Files.readString(log));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + script, e);
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

  private static String env(String name, String fallback) {
    String v = ENV.get(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** The server for this run; closing the root store (end of the run) stops one we started. */
  private record Running(S3Server server, Runnable stop) implements AutoCloseable {
    @Override
    public void close() {
      if (stop != null) {
        stop.run();
      }
    }
  }
}
