package io.microagents.benchmarks;

import io.microagents.temporal.internal.ModelInputCounts;
import io.microagents.temporal.internal.ModelInputCounts.Snapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A {@link PeerWorker} process that reports its {@link ModelInputCounts}: the harness writes
 * {@code counts} to its standard input, it answers one line on its standard output
 * ({@code counts <by source> <queries> <query ns> <query time histogram>}, comma-separated
 * arrays). Its standard error goes to a log file.
 */
final class WorkerCounts {

  private static final String ASK = "counts";

  private final PeerProcess process;
  private final BufferedReader out;
  private final PrintStream in;

  private WorkerCounts(PeerProcess process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.process().getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintStream(process.process().getOutputStream(), true, StandardCharsets.UTF_8);
  }

  /** Launches the worker process of {@code f} and waits until it serves its task queue. */
  static WorkerCounts launch(PeerFramework f, String temporal, String openAi, int kb, Path log) {
    ProcessBuilder b = f.command(temporal, openAi, kb).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      WorkerCounts w = new WorkerCounts(new PeerProcess(f.name, b.start()));
      w.line("worker ready");
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot launch the " + f.name + " worker: " + b.command(), e);
    }
  }

  PeerProcess process() {
    return process;
  }

  /** The worker's counts so far. */
  Snapshot counts() {
    in.println(ASK);
    return parse(line(ASK + " "));
  }

  private String line(String prefix) {
    try {
      for (String l = out.readLine(); l != null; l = out.readLine()) {
        if (l.startsWith(prefix)) {
          return l;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read worker " + process.pid() + "'s output", e);
    }
    throw new IllegalStateException("worker " + process.name() + " (pid " + process.pid() + ") exited: see its log");
  }

  /** In the worker: answers each {@code counts} line on standard input, on a daemon thread. */
  static void answerOnStdin() {
    Thread t = new Thread(() -> {
      BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      try {
        for (String l = stdin.readLine(); l != null; l = stdin.readLine()) {
          if (l.trim().equals(ASK)) {
            System.out.println(format(ModelInputCounts.snapshot()));
            System.out.flush();
          }
        }
      } catch (IOException e) {
        // the harness has gone: nothing to answer
      }
    }, "model-input-counts");
    t.setDaemon(true);
    t.start();
  }

  static String format(Snapshot s) {
    return ASK + " " + join(s.resolved()) + " " + s.queries() + " " + s.queryNanos() + " " + join(s.queryBuckets());
  }

  static Snapshot parse(String line) {
    String[] f = line.trim().split(" ");
    if (f.length != 5 || !f[0].equals(ASK)) {
      throw new IllegalArgumentException("not a counts line: " + line);
    }
    return new Snapshot(split(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), split(f[4]));
  }

  private static String join(long[] values) {
    return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(","));
  }

  private static long[] split(String values) {
    return Arrays.stream(values.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
