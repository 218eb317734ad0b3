package io.microagents.opentelemetry.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link TracedWorkerProcess} in a JVM of its own, on this test's classpath. Keeps its
 * protocol lines ({@code @@…}); {@link #kill} ends it with SIGKILL, as a crash would.
 */
final class WorkerJvm implements AutoCloseable {

  private final String name;
  private final Process process;
  private final List<String> lines = new ArrayList<>();

  private WorkerJvm(String name, Process process) {
    this.name = name;
    this.process = process;
    Thread reader = new Thread(this::read, name + "-output");
    reader.setDaemon(true);
    reader.start();
  }

  static WorkerJvm start(String name, int port, String phase) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try {
      return new WorkerJvm(name, new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", cp, TracedWorkerProcess.class.getName(),
          String.valueOf(port), phase).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
  }

  /** Waits until a protocol line starting with {@code prefix} has come; fails after {@code timeout} or if the JVM died. */
  synchronized void await(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lines.stream().noneMatch(l -> l.startsWith(prefix))) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(name + (process.isAlive() ? " timed out" : " died") + " waiting for @@" + prefix
            + "; its lines: " + lines);
      }
      wait(200);
    }
  }

  /** The {@code @@span} lines' contents: {@code name|trace|span|parent|attempt}. */
  synchronized List<String> spans() {
    return lines.stream().filter(l -> l.startsWith("span ")).map(l -> l.substring(5)).toList();
  }

  /** SIGKILL, and waits until the JVM is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " did not die after SIGKILL");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("@@")) {
          synchronized (this) {
            lines.add(line.substring(2));
            notifyAll();
          }
        } else if (line.contains("Exception") || line.contains("ERROR")) {
          System.err.println("[" + name + "] " + line);
        }
      }
    } catch (IOException e) {
      // the JVM is gone
    }
    synchronized (this) {
      notifyAll();
    }
  }
}
