package io.microagents.temporal.durability;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A main class run in a JVM of its own, on this test's classpath. Its output goes to a log
 * file; its protocol lines ({@code @@…}) are kept, time-stamped, for {@link #await}. It can
 * be told lines on stdin and killed with SIGKILL ({@link #kill}), as a crash would.
 */
final class JavaProcess implements AutoCloseable {

  /** A protocol line and when it arrived ({@link System#nanoTime()}). */
  record Line(String text, long nanos) {}

  private final String name;
  private final Process process;
  private final Path log;
  private final List<Line> lines = new ArrayList<>();
  private final PrintWriter stdin;

  private JavaProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.stdin = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(this::read, name + "-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} with arguments; its output goes to {@code <logDir>/<name>.log}. */
  static JavaProcess start(String name, Path logDir, Class<?> main, String... args) {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
        // Small, quick-starting JVMs: several share two cores with the build.
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", classpath(), main.getName()));
    command.addAll(List.of(args));
    try {
      Path log = logDir.resolve(name + ".log");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      return new JavaProcess(name, p, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Writes a command line to the process's stdin. */
  void tell(String line) {
    stdin.println(line);
  }

  /**
   * Waits for the {@code occurrence}-th (1-based) protocol line matching {@code match};
   * fails after {@code timeout}, or at once when the process has died.
   */
  synchronized Line await(String what, Predicate<String> match, int occurrence, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Line> found = lines.stream().filter(l -> match.test(l.text())).toList();
      if (found.size() >= occurrence) {
        return found.get(occurrence - 1);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || !process.isAlive()) {
        throw new AssertionError(name + ": " + (process.isAlive() ? "timed out after " + timeout.toSeconds() + "s" : "died")
            + " waiting for " + what + "; log: " + log);
      }
      try {
        wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, Duration.ofMillis(500).toNanos()))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Whether a protocol line matching {@code match} has arrived. */
  synchronized boolean has(Predicate<String> match) {
    return lines.stream().anyMatch(l -> match.test(l.text()));
  }

  /** The protocol lines so far. */
  synchronized List<String> lines() {
    return lines.stream().map(Line::text).toList();
  }

  /** The process's threads, as {@code jcmd <pid> Thread.print} prints them (for diagnosis). */
  String threadDump() {
    if (!process.isAlive()) {
      return "(not running)";
    }
    Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    try {
      Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), "Thread.print").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "(no thread dump: " + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  /** Kills the process with SIGKILL and waits until it is gone. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError(name + " (pid " + pid() + ") did not die after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = Files.newOutputStream(log)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (line.startsWith("@@")) {
          synchronized (this) {
            lines.add(new Line(line.substring(2), System.nanoTime()));
            notifyAll();
          }
        }
      }
    } catch (IOException e) {
      // the process is gone: its output ends here
    }
    synchronized (this) {
      notifyAll();
    }
  }

  /**
   * This test's classpath. Surefire may run tests from a manifest-only jar, whose
   * {@code java.class.path} is that jar alone: then the real classpath is its Class-Path.
   */
  static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    String cp = System.getProperty("java.class.path");
    if (cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) {
      return cp;
    }
    try (JarFile jar = new JarFile(cp)) {
      Manifest m = jar.getManifest();
      String entries = m == null ? null : m.getMainAttributes().getValue("Class-Path");
      if (entries == null) {
        return cp;
      }
      List<String> paths = new ArrayList<>();
      URI base = Path.of(cp).toAbsolutePath().getParent().toUri();
      for (String entry : entries.trim().split("\\s+")) {
        paths.add(Path.of(base.resolve(entry)).toString()); // absolute file: URLs stay as they are
      }
      return String.join(File.pathSeparator, paths);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath of " + cp, e);
    }
  }
}
