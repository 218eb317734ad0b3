package io.microagents.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a Java worker of the side-by-side benchmark spends its CPU in one phase (the measured
 * sequential runs, the concurrent burst): its CPU time per thread group, read from
 * {@code /proc/<pid>/task} (Linux) before and after, so the JIT compiler and GC threads count
 * too; and, with {@code --jfr DIR}, a flight recording of just that phase ({@code jcmd
 * JFR.start}/{@code JFR.stop}), to read with {@code jfr print --events jdk.ExecutionSample}.
 */
final class PeerProfile {

  private final PeerProcess worker;
  private final String phase;
  private final Path jfrDir;
  private final Map<String, Double> before;

  private PeerProfile(PeerProcess worker, String phase, Path jfrDir) {
    this.worker = worker;
    this.phase = phase;
    this.jfrDir = jfrDir;
    if (jfrDir != null && worker.isJava()) {
      jcmd("JFR.start", "name=" + phase, "settings=" + jfrSettings());
    }
    this.before = threadCpu(worker.pid());
  }

  /** Starts profiling {@code phase} of this worker; {@code jfrDir} {@code null}: no recording. */
  static PeerProfile start(PeerProcess worker, String phase, Path jfrDir) {
    return new PeerProfile(worker, phase, jfrDir);
  }

  /** Ends the phase: prints the worker's CPU per thread group over it, per model turn, to stderr. */
  void stop(int modelTurns) {
    Map<String, Double> after = threadCpu(worker.pid());
    if (jfrDir != null && worker.isJava()) {
      jcmd("JFR.stop", "name=" + phase, "filename=" + jfrDir.resolve(worker.name() + "-" + phase + ".jfr").toAbsolutePath());
    }
    Map<String, Double> spent = new TreeMap<>();
    after.forEach((group, ms) -> spent.merge(group, ms - before.getOrDefault(group, 0.0), Double::sum));
    double total = spent.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s %s: %.1f CPU ms over %d model turns = %.2f ms/turn;",
        worker.name(), phase, total, modelTurns, total / modelTurns));
    spent.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .filter(e -> e.getValue() > 0)
        .forEach(e -> s.append(String.format(Locale.ROOT, " %s %.2f (%.0f%%)", e.getKey(), e.getValue() / modelTurns,
            100 * e.getValue() / total)));
    System.err.println(s);
  }

  /** CPU ms (user + system) of the process's threads, summed by {@link #group} of their names; gone threads are lost. */
  static Map<String, Double> threadCpu(long pid) {
    Map<String, Double> byGroup = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
          double ms = (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) * 1000.0 / PeerProcess.TICKS_PER_SECOND;
          byGroup.merge(group(name), ms, Double::sum);
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the threads of " + pid, e);
    }
    return byGroup;
  }

  /** A thread's group, from its (15-character) native name. */
  static String group(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith("c2 compiler") || n.startsWith("c1 compiler")) return "jit";
    if (n.startsWith("gc ") || n.startsWith("g1 ") || n.startsWith("vm ")) return "gc+vm";
    if (n.startsWith("workflow-")) return "workflow-threads";
    if (n.startsWith("workflow ")) return "workflow-task";
    if (n.startsWith("activity ")) return "activity";
    if (n.startsWith("temporalactivit") || n.startsWith("microagents-hea")) return "heartbeat";
    if (n.startsWith("grpc")) return "grpc";
    if (n.startsWith("okhttp") || n.startsWith("okio") || n.startsWith("httpclient")) return "http";
    if (n.startsWith("jfr ") || n.startsWith("attach ")) return "jfr";
    return "other";
  }

  private static String jfrSettings() {
    String settings = System.getenv("PEER_JFR_SETTINGS");
    return settings == null || settings.isBlank() ? "profile" : settings;
  }

  private void jcmd(String... args) {
    List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        Long.toString(worker.pid())));
    c.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (p.waitFor() != 0) {
        System.err.println("jcmd failed: " + c + "\n" + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + c, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
