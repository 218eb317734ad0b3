package io.microagents.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The runs of the side-by-side benchmark and what each framework's worker process spent on them. */
final class PeerRuns {

  private final Map<PeerFramework, List<Double>> coldStarts = new HashMap<>();
  private final Map<PeerFramework, PeerProcess> workers;
  private final Map<PeerFramework, List<Double>> msPerTurn = new HashMap<>();
  private final Map<PeerFramework, List<Double>> cpuPerTurn = new HashMap<>();
  private final Map<PeerFramework, String> lastShortRun = new HashMap<>();

  PeerRuns(List<PeerFramework> frameworks, Map<PeerFramework, PeerProcess> workers) {
    this.workers = workers;
    for (PeerFramework f : frameworks) {
      msPerTurn.put(f, new ArrayList<>());
      cpuPerTurn.put(f, new ArrayList<>());
    }
  }

  /**
   * A cold start: launches the worker, starts a run of {@code turns} tool turns at once (it waits
   * in the task queue) and waits for its result. Prints the time from launch to the worker's
   * {@code worker ready at <epoch ms>} line (the Java workers print one) and to the result.
   */
  PeerProcess coldStart(PeerFramework f, Supplier<PeerProcess> launch, int turns, Path logs) {
    long launched = System.currentTimeMillis();
    long t0 = System.nanoTime();
    PeerProcess worker = launch.get();
    try {
      once(f, turns);
    } catch (RuntimeException e) {
      worker.stop(); // not in the caller's map yet: it would outlive the harness
      throw e;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    coldStarts.computeIfAbsent(f, k -> new ArrayList<>()).add(seconds);
    long ready = readyAt(logs.resolve(f.name + ".log"));
    String readyText = ready < 0 ? "" : String.format("ready after %.2f s, ", (ready - launched) / 1e3);
    System.err.printf("%s: worker up, %sfirst result after %.2f s (worker CPU by then %.2f s)%n", f.name, readyText,
        seconds, worker.cpuMs() / 1e3);
    System.err.printf("  %s worker CPU ms by thread: %s%n", f.name, worker.cpuByThread(8));
    return worker;
  }

  /** The last {@code worker ready at <epoch ms>} of a worker's log, or -1. */
  private static long readyAt(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).startsWith("worker ready at ")) {
          return Long.parseLong(lines.get(i).substring("worker ready at ".length()).trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      // no ready time: only the result's
    }
    return -1;
  }

  /** One run of {@code turns} tool turns, waited for; returns its history bytes. */
  long once(PeerFramework f, int turns) {
    String id = f.start(turns);
    f.await(id);
    return f.historyBytes(id);
  }

  /**
   * One run of {@code turns} tool turns for its history: the cell of the table, its bytes and,
   * when the run did not complete (a history over the server's limit is terminated), how it ended.
   */
  String history(PeerFramework f, int turns) {
    String id = f.start(turns);
    try {
      f.await(id);
      return PeerTable.history(f.historyBytes(id), null);
    } catch (RuntimeException e) {
      var events = f.workflowClient().fetchHistory(id);
      String ended = events.getLastEvent().getEventType().name().replace("EVENT_TYPE_WORKFLOW_EXECUTION_", "")
          .toLowerCase(java.util.Locale.ROOT);
      System.err.printf("%s: the %d-turn run %s ended as %s: %s%n", f.name, turns, id, ended, e);
      return PeerTable.history(events.getHistory().getSerializedSize(), ended);
    }
  }

  /** One run, timed, with the worker's CPU time over it. */
  void measured(PeerFramework f, int turns) {
    PeerProcess worker = workers.get(f);
    double cpu = worker.cpuMs();
    long t0 = System.nanoTime();
    String id = f.start(turns);
    f.await(id);
    double ms = (System.nanoTime() - t0) / 1e6;
    cpuPerTurn.get(f).add((worker.cpuMs() - cpu) / (turns + 1));
    msPerTurn.get(f).add(ms / (turns + 1));
    lastShortRun.put(f, id);
  }

  /** {@code runs} runs started at once on the one worker; model turns per second until the last ends. */
  double burst(PeerFramework f, int runs, int turns) {
    long t0 = System.nanoTime();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ids.add(f.start(turns));
    }
    ids.forEach(f::await);
    return runs * (turns + 1) / ((System.nanoTime() - t0) / 1e9);
  }

  /** The row: {@code longHistories} are the history cells of the long runs, after the last measured run's. */
  PeerTable.Row row(PeerFramework f, List<String> longHistories, double turnsPerSecond) {
    String last = lastShortRun.get(f);
    List<String> history = new ArrayList<>();
    history.add(PeerTable.history(last == null ? -1 : f.historyBytes(last), null));
    history.addAll(longHistories);
    return new PeerTable.Row(f.name, PeerTable.median(msPerTurn.get(f)), PeerTable.min(msPerTurn.get(f)),
        PeerTable.median(cpuPerTurn.get(f)), history,
        workers.get(f).peakRssMb(), PeerTable.median(coldStarts.getOrDefault(f, List.of())), turnsPerSecond);
  }
}
