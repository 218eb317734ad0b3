package io.microagents.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A worker process of the side-by-side benchmark, read from {@code /proc} (Linux): its CPU
 * time (user + system) and its peak resident memory (VmHWM).
 */
record PeerProcess(String name, Process process) {

  static final long TICKS_PER_SECOND = ticksPerSecond();

  long pid() {
    return process.pid();
  }

  /** User + system CPU time of the process so far, in ms. */
  double cpuMs() {
    String stat = read("stat");
    // fields after the command name (which may hold spaces, in parentheses): state is field 3
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    long ticks = Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3]);
    return ticks * 1000.0 / TICKS_PER_SECOND;
  }

  /**
   * CPU ms so far by thread name (digits dropped, so "C2 CompilerThre" sums the C2 threads),
   * the busiest first (threads that have ended summed as one): where a worker's start-up went.
   */
  String cpuByThread(int top) {
    java.util.Map<String, Double> byName = new java.util.HashMap<>();
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
          double ms = (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) * 1000.0 / TICKS_PER_SECOND;
          byName.merge(name, ms, Double::sum);
        } catch (IOException e) {
          // the thread has ended
        }
      }
    } catch (IOException e) {
      return "(no /proc/" + pid() + "/task)";
    }
    double ended = cpuMs() - byName.values().stream().mapToDouble(Double::doubleValue).sum();
    byName.put("(threads that ended)", Math.max(0, ended));
    StringBuilder s = new StringBuilder();
    byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
        .forEach(e -> s.append(String.format("%s %.0f, ", e.getKey(), e.getValue())));
    return s.toString();
  }

  /** Peak resident set size so far, in MB. */
  double peakRssMb() {
    for (String line : read("status").split("\n")) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  /** Whether the worker is a JVM (JFR can record it). */
  boolean isJava() {
    return process.info().command().map(c -> c.endsWith("/java") || c.equals("java")).orElse(false);
  }

  void stop() {
    process.destroy();
  }

  /** Stops the process and waits until it has exited. */
  void stopAndWait() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String read(String file) {
    if (!process.isAlive()) {
      throw new IllegalStateException("worker " + name + " (pid " + pid() + ") has exited: see its log");
    }
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid()), file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /proc/" + pid() + "/" + file + " of worker " + name, e);
    }
  }

  private static long ticksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
      return Long.parseLong(new String(p.getInputStream().readAllBytes()).trim());
    } catch (IOException | NumberFormatException e) {
      return 100;
    }
  }
}
