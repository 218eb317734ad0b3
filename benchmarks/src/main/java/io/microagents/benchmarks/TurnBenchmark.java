package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.run.Runner;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.testing.FakeOpenAiServer;
import io.temporal.common.WorkflowExecutionHistory;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Per-turn cost and history size of the agent loop: in-process, on the embedded Temporal
 * server and (with {@code --temporal}) on a real one, side by side in one run. Every model
 * call goes over real HTTP to a fake OpenAI server on 127.0.0.1, so the numbers include
 * openai-java and the network stack but no model latency.
 */
@Command(name = "turn-benchmark", mixinStandardHelpOptions = true,
    description = "Measures ms per turn and history size of agent runs.")
public final class TurnBenchmark implements Callable<Integer> {

  @Option(names = "--turns", description = "tool turns per run (model calls = turns + 1); default ${DEFAULT-VALUE}")
  int turns = 10;

  @Option(names = "--runs", description = "measured runs per mode; default ${DEFAULT-VALUE}")
  int runs = 5;

  @Option(names = "--temporal", description = "host:port of a real Temporal server to measure as well")
  String temporal;

  @Option(names = "--growth", split = ",", description = "turn counts for the history growth table; default ${DEFAULT-VALUE}")
  List<Integer> growth = List.of(5, 10, 20, 40);

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new TurnBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    AgentRegistry registry = AgentRegistry.of(BenchAgent.class);
    List<Measurement> rows = new ArrayList<>();
    try (FakeOpenAiServer server = ScriptedOpenAi.start(turns);
        OpenAiModelProvider models = models(server)) {
      Runner runner = Runner.builder().registry(registry).models(models).build();
      rows.add(measure("in-process", () -> {
        runner.run(BenchAgent.class, "go", options(turns));
        return null;
      }));
      rows.add(durable("temporal embedded", registry, models, null));
      if (temporal != null) {
        rows.add(durable("temporal " + temporal, registry, models, temporal));
      }
    }
    System.out.println("Agent runs of " + (turns + 1) + " model calls (" + turns + " tool turns), fake OpenAI over HTTP:");
    System.out.println(Measurement.header());
    rows.forEach(r -> System.out.println(r.row()));
    System.out.println();
    System.out.println("History growth on the embedded server (one run each), model input by reference vs. whole:");
    System.out.println("| tool turns | events | bytes, by reference | bytes/turn | bytes, whole inputs | bytes/turn |");
    System.out.println("|-----------:|-------:|--------------------:|-----------:|--------------------:|-----------:|");
    for (int t : growth) {
      WorkflowExecutionHistory referenced = oneRun(registry, t, true);
      WorkflowExecutionHistory whole = oneRun(registry, t, false);
      long r = referenced.getHistory().getSerializedSize();
      long w = whole.getHistory().getSerializedSize();
      System.out.printf("| %10d | %6d | %19d | %10d | %19d | %10d |%n",
          t, referenced.getEvents().size(), r, r / Math.max(1, t), w, w / Math.max(1, t));
    }
    return 0;
  }

  private static WorkflowExecutionHistory oneRun(AgentRegistry registry, int turns, boolean byReference)
      throws Exception {
    MicroagentsOptions options = MicroagentsOptions.builder().modelInputByReference(byReference).build();
    try (FakeOpenAiServer server = ScriptedOpenAi.start(turns); OpenAiModelProvider models = models(server);
        MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(registry).models(models)
            .options(options).build()) {
      return runDurable(env.client(), turns);
    }
  }

  private Measurement durable(String mode, AgentRegistry registry, OpenAiModelProvider models, String address)
      throws Exception {
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(registry).models(models).address(address)
        .taskQueue("bench-" + ProcessHandle.current().pid()).build()) {
      WorkflowExecutionHistory[] last = new WorkflowExecutionHistory[1];
      Measurement m = measure(mode, () -> {
        last[0] = runDurable(env.client(), turns);
        return null;
      });
      return new Measurement(m.mode(), m.turns(), m.runs(), m.msPerRun(), last[0].getEvents().size(),
          last[0].getHistory().getSerializedSize(), m.heapMb());
    }
  }

  private static WorkflowExecutionHistory runDurable(AgentClient client, int turns) {
    String id = client.start("bench", List.of(Message.user("go")), options(turns), null);
    RunResult r = client.result(id);
    if (r.finalOutputText() == null) {
      throw new IllegalStateException("run " + id + " gave no output");
    }
    return client.history(id);
  }

  private Measurement measure(String mode, Callable<Void> run) throws Exception {
    run.call(); // warm-up: class loading, JIT, connections
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      run.call();
    }
    double msPerRun = (System.nanoTime() - start) / 1e6 / runs;
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    return new Measurement(mode, turns + 1, runs, msPerRun, 0, 0, heap);
  }

  private static RunOptions options(int turns) {
    return RunOptions.builder().maxTurns(turns + 1).build();
  }

  private static OpenAiModelProvider models(FakeOpenAiServer server) {
    return new OpenAiModelProvider(OpenAiOptions.builder().baseUrl(server.baseUrl()).apiKey("bench").build());
  }
}
