package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.internal.ModelInputCounts.Snapshot;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput across worker processes: 1, then 2, then 3 (see {@code --workers}) worker
 * processes of the same framework on one task queue — Microagents and the bare Java workflow
 * of the side-by-side benchmark — against one Temporal server and the fake OpenAI server
 * ({@link PeerFakeOpenAi}). At each worker count it runs bursts of concurrent runs, frameworks
 * interleaved, and reports model turns per second, the CPU per turn of the workers and of the
 * server, and, for Microagents, where the model calls' input by reference came from, summed
 * over the workers ({@link WorkerCounts}): a call that lands on a worker that did not run the
 * workflow's previous call misses that worker's cache and queries the workflow.
 * {@code benchmarks/peers/run-workers.sh} starts the servers and runs it.
 */
@Command(name = "multi-worker-benchmark", mixinStandardHelpOptions = true,
    description = "Model turns/s with 1, 2, 3 worker processes on one task queue, and the cost of model input by reference.")
public final class MultiWorkerBenchmark implements Callable<Integer> {

  @Option(names = "--temporal", required = true, description = "host:port of the Temporal server")
  String temporal;

  @Option(names = "--openai", required = true, description = "base URL of the fake OpenAI server")
  String openAi;

  @Option(names = "--server-pid", description = "pid of the Temporal server, for its CPU time; 0: not measured")
  long serverPid;

  @Option(names = "--workers", split = ",", description = "worker counts, ascending; default ${DEFAULT-VALUE}")
  List<Integer> workerCounts = List.of(1, 2, 3);

  @Option(names = "--frameworks", split = ",", description = "microagents and/or bare-java; default ${DEFAULT-VALUE}")
  List<String> frameworks = List.of("microagents", "bare-java");

  @Option(names = "--concurrent", description = "runs started at once in a burst; default ${DEFAULT-VALUE}")
  int concurrent = 150;

  @Option(names = "--turns", description = "tool turns of each run (model calls: one more); default ${DEFAULT-VALUE}")
  int turns = 4;

  @Option(names = "--rounds", description = "measured bursts of each framework per worker count; default ${DEFAULT-VALUE}")
  int rounds = 3;

  @Option(names = "--warm-up", description = "unmeasured bursts after adding workers; default ${DEFAULT-VALUE}")
  int warmUp = 1;

  @Option(names = "--kb", description = "size of each tool output in KB; default ${DEFAULT-VALUE}")
  int kb = 1;

  @Option(names = "--logs", description = "folder for the workers' logs; default ${DEFAULT-VALUE}")
  Path logs = Path.of("benchmarks", "target", "workers");

  private final ExecutorService starters = Executors.newFixedThreadPool(16);

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new MultiWorkerBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(logs);
    String java = ProcessHandle.current().info().command().orElse("java");
    String jar = new File(MultiWorkerBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    PeerFramework.Ours ours = new PeerFramework.Ours("microagents", "microagents", java, jar, List.of());
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(temporal).build());
    PeerFramework.ByType bare = new PeerFramework.ByType("bare-java", "PeerBareWorkflow", null,
        List.of(java, "-Dpeer.kb={kb}", "-cp", jar, PeerWorker.class.getName(), "bare", "{temporal}", "{queue}", "{openai}"));
    bare.client(WorkflowClient.newInstance(service));
    List<PeerFramework> chosen = new ArrayList<>();
    for (String f : frameworks) {
      chosen.add(switch (f) {
        case "microagents" -> ours;
        case "bare-java" -> bare;
        default -> throw new IllegalArgumentException("--frameworks: microagents or bare-java, not " + f);
      });
    }
    Map<PeerFramework, List<WorkerCounts>> workers = new LinkedHashMap<>();
    chosen.forEach(f -> workers.put(f, new ArrayList<>()));
    List<MultiWorkerTable.Row> rows = new ArrayList<>();
    String startLoad = loadAverage();
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(PeerAgent.class))
        .models(new BenchModel(0, kb, t -> { })).address(temporal).taskQueue(ours.taskQueue).startWorker(false).build()) {
      ours.client(env.client()); // a client only: the worker processes serve the queue
      for (int n : workerCounts) {
        for (PeerFramework f : chosen) {
          List<WorkerCounts> ws = workers.get(f);
          while (ws.size() < n) {
            ws.add(WorkerCounts.launch(f, temporal, openAi, kb, logs.resolve(f.name + "-" + (ws.size() + 1) + ".log")));
          }
        }
        for (int i = 0; i < warmUp; i++) {
          chosen.forEach(f -> burst(f));
        }
        Map<PeerFramework, Totals> totals = new LinkedHashMap<>();
        chosen.forEach(f -> totals.put(f, new Totals()));
        for (int r = 0; r < rounds; r++) {
          for (PeerFramework f : chosen) {
            totals.get(f).measure(f, workers.get(f));
          }
          System.err.printf("%d worker(s): round %d of %d done, load %s%n", n, r + 1, rounds, loadAverage());
        }
        double load = Double.parseDouble(loadAverage().split(" ")[0]);
        for (PeerFramework f : chosen) {
          rows.add(totals.get(f).row(f, n, load, f == ours));
        }
      }
    } finally {
      workers.values().forEach(ws -> ws.forEach(w -> w.process().stop()));
      starters.shutdownNow();
      service.shutdown();
    }
    System.out.printf("Bursts of %d concurrent runs of %d tool turns (%d model calls each), %d KB tool outputs, "
        + "%d measured bursts per row, Temporal at %s; %d cores, load average before: %s%n%n", concurrent, turns,
        turns + 1, kb, rounds, temporal, Runtime.getRuntime().availableProcessors(), startLoad);
    System.out.print(MultiWorkerTable.format(rows));
    return 0;
  }

  /** {@code concurrent} runs started at once (from a few threads); waits for all; returns model turns per second. */
  double burst(PeerFramework f) {
    long t0 = System.nanoTime();
    List<Future<String>> started = new ArrayList<>();
    for (int i = 0; i < concurrent; i++) {
      started.add(starters.submit(() -> f.start(turns)));
    }
    try {
      for (Future<String> id : started) {
        f.await(id.get());
      }
    } catch (Exception e) {
      throw new IllegalStateException(f.name + ": a run of the burst failed", e);
    }
    return concurrent * (turns + 1) / ((System.nanoTime() - t0) / 1e9);
  }

  /** One framework's measured bursts at one worker count. */
  private final class Totals {
    final List<Double> turnsPerSecond = new ArrayList<>();
    double workerCpuMs;
    double serverCpuMs;
    long modelTurns;
    Snapshot counts = Snapshot.ZERO;

    void measure(PeerFramework f, List<WorkerCounts> ws) {
      double cpu = ws.stream().mapToDouble(w -> w.process().cpuMs()).sum();
      double server = serverCpuMs();
      Snapshot before = sum(ws);
      turnsPerSecond.add(burst(f));
      workerCpuMs += ws.stream().mapToDouble(w -> w.process().cpuMs()).sum() - cpu;
      serverCpuMs += serverCpuMs() - server;
      modelTurns += (long) concurrent * (turns + 1);
      counts = counts.plus(sum(ws).minus(before));
    }

    MultiWorkerTable.Row row(PeerFramework f, int n, double load, boolean counted) {
      return new MultiWorkerTable.Row(f.name, n, turnsPerSecond, workerCpuMs / modelTurns,
          serverPid > 0 ? serverCpuMs / modelTurns : Double.NaN, load, counted ? counts : null);
    }
  }

  private static Snapshot sum(List<WorkerCounts> ws) {
    Snapshot s = Snapshot.ZERO;
    for (WorkerCounts w : ws) {
      s = s.plus(w.counts());
    }
    return s;
  }

  private double serverCpuMs() {
    if (serverPid <= 0) {
      return 0;
    }
    return ProcessHandle.of(serverPid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos)
        .orElseThrow(() -> new IllegalStateException("no CPU time for the server, pid " + serverPid)) / 1e6;
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "? ? ?";
    }
  }
}
