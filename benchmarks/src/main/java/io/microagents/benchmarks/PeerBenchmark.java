package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.temporal.MicroagentsEnvironment;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The side-by-side benchmark: the same one-tool agent on Microagents, a bare Temporal Java
 * workflow, and Temporal's Python and TypeScript integrations of the OpenAI Agents SDK, each
 * worker in its own process, against one Temporal server and one fake OpenAI server
 * ({@link PeerFakeOpenAi}). Runs interleaved rounds so machine noise hits all alike, and prints
 * one table. {@code benchmarks/peers/run.sh} starts the servers and runs it.
 */
@Command(name = "peer-benchmark", mixinStandardHelpOptions = true,
    description = "Microagents side by side with a bare workflow and Temporal's Python/TypeScript OpenAI Agents integrations.")
public final class PeerBenchmark implements Callable<Integer> {

  @Option(names = "--temporal", required = true, description = "host:port of the Temporal server")
  String temporal;

  @Option(names = "--openai", required = true, description = "base URL of the fake OpenAI server, e.g. http://127.0.0.1:PORT/v1")
  String openAi;

  @Option(names = "--peers", description = "the benchmarks/peers folder; default ${DEFAULT-VALUE}")
  File peers = new File("benchmarks/peers");

  @Option(names = "--frameworks", split = ",", description = "default ${DEFAULT-VALUE}")
  List<String> frameworks = List.of("microagents", "microagents-local", "bare-java", "python", "typescript");

  @Option(names = "--rounds", description = "measured interleaved rounds; default ${DEFAULT-VALUE}")
  int rounds = 3;

  @Option(names = "--warm-up", description = "unmeasured runs of each after the first; default ${DEFAULT-VALUE}")
  int warmUp = 2;

  @Option(names = "--turns", description = "tool turns of a measured run; default ${DEFAULT-VALUE}")
  int turns = 10;

  @Option(names = "--long-turns", split = ",", description = "tool turns of the long runs, for history size; default ${DEFAULT-VALUE}")
  List<Integer> longTurns = List.of(100, 300);

  @Option(names = "--kb", description = "size of each tool output in KB; default ${DEFAULT-VALUE}")
  int kb = 1;

  @Option(names = "--concurrent", description = "concurrent runs for throughput, 0 to skip; default ${DEFAULT-VALUE}")
  int concurrent = 100;

  @Option(names = "--concurrent-turns", description = "tool turns of each concurrent run; default ${DEFAULT-VALUE}")
  int concurrentTurns = 3;

  @Option(names = "--jfr", description = "also record each Java worker's measured runs and burst with JFR into this "
      + "folder (settings: env PEER_JFR_SETTINGS, default profile); the CPU per thread group is printed either way")
  Path jfr;


  @Option(names = "--cold-starts", description = "cold starts of each, interleaved (the table shows the median); default ${DEFAULT-VALUE}")
  int coldStarts = 1;

  @Option(names = "--java-options", split = " ", description = "JVM options for both Java workers, {name} = the framework's name "
      + "(e.g. \"-Xlog:class+load:file=/tmp/{name}.txt:uptime\"); default none")
  List<String> javaOptions = List.of();

  @Option(names = "--other-jar", split = ",", description = "NAME=JAR: our worker from another build of this jar, as "
      + "framework NAME (e.g. the build before a change, interleaved with this one); default none")
  Map<String, String> otherJars = Map.of();

  @Option(names = "--logs", description = "folder for the workers' output; default ${DEFAULT-VALUE}")
  Path logs = Path.of("benchmarks", "target", "peers");

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new PeerBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(logs);
    String java = ProcessHandle.current().info().command().orElse("java");
    String jar = new File(PeerBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    PeerFramework.Ours ours = new PeerFramework.Ours("microagents", "microagents", java, jar, options("microagents"));
    PeerFramework.Ours local = new PeerFramework.Ours("microagents-local", "microagents-local", java, jar,
        options("microagents-local"));
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(temporal).build());
    WorkflowClient plain = WorkflowClient.newInstance(service);
    Map<String, PeerFramework> all = new LinkedHashMap<>();
    all.put("microagents", ours);
    all.put("microagents-local", local);
    List<PeerFramework.Ours> otherBuilds = new ArrayList<>();
    otherJars.forEach((name, otherJar) -> {
      PeerFramework.Ours other = new PeerFramework.Ours(name, "microagents", java, otherJar, options(name));
      otherBuilds.add(other);
      all.put(name, other);
    });
    all.put("bare-java", byType("bare-java", "PeerBareWorkflow", null,
        javaCommand(java, options("bare-java"), "-Dpeer.kb={kb}", "-cp", jar, PeerWorker.class.getName(), "bare", "{temporal}",
            "{queue}", "{openai}"), plain));
    all.put("python", byType("python", "PeerAgentWorkflow", new File(peers, "python"),
        List.of(new File(peers, "python/.venv/bin/python").getAbsolutePath(), "worker.py", "{temporal}", "{queue}"), plain));
    all.put("typescript", byType("typescript", "PeerAgentWorkflow", new File(peers, "typescript"),
        List.of("node", "src/worker.js", "{temporal}", "{queue}"), plain));
    List<PeerFramework> chosen = new ArrayList<>();
    for (String f : frameworks) {
      if (!all.containsKey(f)) {
        System.err.println("PeerBenchmark: unknown framework '" + f + "'; known: " + String.join(", ", all.keySet()));
        return 2;
      }
      chosen.add(all.get(f));
    }
    Map<PeerFramework, PeerProcess> workers = new LinkedHashMap<>();
    Map<PeerFramework, PeerTable.Row> rows = new LinkedHashMap<>();
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(PeerAgent.class))
        .models(new BenchModel(0, kb, t -> { })).address(temporal).taskQueue(ours.taskQueue).startWorker(false).build()) {
      ours.client(env.client()); // a client only: its worker is never started; the worker process serves the queue
      local.client(env.client());
      otherBuilds.forEach(o -> o.client(env.client()));
      PeerRuns runs = new PeerRuns(chosen, workers);
      chosen.forEach(PeerFramework::warmClient);
      for (int i = 0; i < coldStarts; i++) {
        for (PeerFramework f : chosen) { // one at a time, so each starts on a quiet machine
          PeerProcess previous = workers.remove(f);
          if (previous != null) {
            previous.stopAndWait();
          }
          workers.put(f, runs.coldStart(f, () -> f.launch(temporal, openAi, kb, logs), turns, logs));
        }
      }
      for (int i = 0; i < warmUp; i++) {
        chosen.forEach(f -> runs.once(f, turns));
      }
      if (jfr != null) {
        Files.createDirectories(jfr);
      }
      Map<PeerFramework, PeerProfile> profiles = new LinkedHashMap<>();
      chosen.forEach(f -> profiles.put(f, PeerProfile.start(workers.get(f), "sequential", jfr)));
      for (int i = 0; i < rounds; i++) {
        chosen.forEach(f -> runs.measured(f, turns));
        System.err.printf("round %d of %d done%n", i + 1, rounds);
      }
      profiles.values().forEach(p -> p.stop(rounds * (turns + 1)));
      Map<PeerFramework, List<String>> longHistory = new LinkedHashMap<>();
      for (int t : longTurns) {
        for (PeerFramework f : chosen) {
          longHistory.computeIfAbsent(f, k -> new ArrayList<>()).add(runs.history(f, t));
          System.err.printf("%s: %d-turn run done%n", f.name, t);
        }
      }
      Map<PeerFramework, Double> throughput = new LinkedHashMap<>();
      if (concurrent > 0) {
        for (PeerFramework f : chosen) {
          PeerProfile p = PeerProfile.start(workers.get(f), "burst", jfr);
          throughput.put(f, runs.burst(f, concurrent, concurrentTurns));
          p.stop(concurrent * (concurrentTurns + 1));
        }
      }
      for (PeerFramework f : chosen) {
        rows.put(f, runs.row(f, longHistory.getOrDefault(f, List.of()), throughput.getOrDefault(f, Double.NaN)));
      }
    } finally {
      workers.values().forEach(PeerProcess::stop);
      service.shutdown();
    }
    System.out.printf("%d interleaved rounds of %d-turn runs (%d model calls each; per turn = per model call), "
        + "%d KB tool outputs, Temporal at %s:%n%n", rounds, turns, turns + 1, kb, temporal);
    List<Integer> historyTurns = new ArrayList<>(List.of(turns));
    historyTurns.addAll(longTurns);
    System.out.print(PeerTable.format(new ArrayList<>(rows.values()), historyTurns, concurrent));
    return 0;
  }

  private List<String> options(String name) {
    return javaOptions.stream().filter(o -> !o.isBlank()).map(o -> o.replace("{name}", name)).toList();
  }

  private static List<String> javaCommand(String java, List<String> options, String... rest) {
    List<String> c = new ArrayList<>(List.of(java));
    c.addAll(options);
    c.addAll(List.of(rest));
    return c;
  }

  private static PeerFramework byType(String name, String type, File dir, List<String> command, WorkflowClient client) {
    PeerFramework.ByType f = new PeerFramework.ByType(name, type, dir, command);
    f.client(client);
    return f;
  }
}
