package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.RunSummary;
import io.microagents.temporal.storage.FilePayloadStore;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * History along long runs: for runs of 1,000 and 10,000 turns with 1 KB tool outputs, each
 * workflow run of the continue-as-new chain — turns it covered, events, bytes, bytes per turn,
 * largest event — and the totals. Flat bytes per turn and no event near the 2 MB limit mean a
 * run of any length fits.
 */
@Command(name = "history-chain", mixinStandardHelpOptions = true,
    description = "History bytes per turn along long agent runs, across continue-as-new.")
public final class HistoryChainBenchmark implements Callable<Integer> {

  @Option(names = "--turns", split = ",", description = "tool turns per run; default ${DEFAULT-VALUE}")
  List<Integer> turns = List.of(1000, 10000);

  @Option(names = "--kb", description = "size of each tool output in KB; default ${DEFAULT-VALUE}")
  int kb = 1;

  @Option(names = "--temporal", description = "host:port of a real Temporal server (default: embedded)")
  String temporal;

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new HistoryChainBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    String server = temporal == null ? "embedded test server" : "Temporal server at " + temporal;
    System.out.println("History of agent runs with " + kb + " KB tool outputs, " + server + ":");
    System.out.println("| turns | workflow run | turns in run | events | bytes | bytes/turn | largest event |");
    System.out.println("|------:|-------------:|-------------:|-------:|------:|-----------:|--------------:|");
    for (int t : turns) {
      run(t);
    }
    return 0;
  }

  private void run(int t) throws IOException {
    long start = System.nanoTime();
    BenchModel model = new BenchModel(t, kb, turn -> { });
    Path store = Files.createTempDirectory("history-chain-payloads-");
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(BlobBenchAgent.class))
        .models(model).address(temporal).payloadStore(new FilePayloadStore(store))
        .taskQueue("history-chain-" + ProcessHandle.current().pid() + "-" + t).build()) {
      String id = env.client().start("blobs", List.of(Message.user("go")), RunOptions.builder().maxTurns(t + 1).build(),
          "history-chain-" + t + "-" + System.currentTimeMillis());
      RunSummary summary = env.client().summary(id);
      double seconds = (System.nanoTime() - start) / 1e9;
      long totalBytes = 0;
      int totalEvents = 0;
      long largest = 0;
      int runNo = 0;
      int turnsBefore = 0;
      WorkflowClient client = env.workflowClient();
      String runId = client.fetchHistory(id).getEvents().get(0).getWorkflowExecutionStartedEventAttributes()
          .getFirstExecutionRunId();
      while (runId != null) {
        List<HistoryEvent> events = client.fetchHistory(id, runId).getEvents();
        long bytes = 0;
        long big = 0;
        int calls = 0;
        String next = null;
        for (HistoryEvent e : events) {
          bytes += e.getSerializedSize();
          big = Math.max(big, e.getSerializedSize());
          if (e.hasActivityTaskCompletedEventAttributes()) {
            calls++;
          }
          if (e.hasWorkflowExecutionContinuedAsNewEventAttributes()) {
            next = e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
          }
        }
        int runTurns = calls / 2; // a model call and a tool call per turn
        runNo++;
        System.out.printf("| %5d | %12d | %12d | %6d | %,d | %,d | %,d |%n",
            t, runNo, runTurns, events.size(), bytes, bytes / Math.max(1, runTurns), big);
        totalBytes += bytes;
        totalEvents += events.size();
        largest = Math.max(largest, big);
        turnsBefore += runTurns;
        runId = next;
      }
      System.out.printf("| %5d | **all %d** | %d | %d | **%,d** | **%,d** | %,d |%n", t, runNo, summary.turns(),
          totalEvents, totalBytes, totalBytes / Math.max(1, t), largest);
      System.out.printf("  (%d turns in %.1f s, %.1f ms/turn; summary: %d items, %d workflow runs; payload store: %s)%n",
          t, seconds, seconds * 1000 / t, summary.items(), summary.runs(), storeSize(store));
    } finally {
      delete(store);
    }
  }

  private static String storeSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> payloads = files.filter(Files::isRegularFile).toList();
      long bytes = 0;
      for (Path p : payloads) {
        bytes += Files.size(p);
      }
      return String.format("%d payloads, %,d bytes", payloads.size(), bytes);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
