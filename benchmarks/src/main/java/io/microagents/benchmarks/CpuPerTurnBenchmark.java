package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.MicroagentsEnvironment;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Worker CPU per turn along one long run: the process's CPU time at each model call, so the
 * cost of turn 10 and of turn 1,000 can be compared. Flat means no task replays the growing
 * history and no per-turn work grows with the run. Run it against a real server
 * ({@code --temporal}): embedded, the server's own work is in this process too.
 */
@Command(name = "cpu-per-turn", mixinStandardHelpOptions = true,
    description = "Worker CPU ms per turn at several points of one long agent run.")
public final class CpuPerTurnBenchmark implements Callable<Integer> {

  @Option(names = "--turns", description = "tool turns of the run; default ${DEFAULT-VALUE}")
  int turns = 1000;

  @Option(names = "--window", description = "turns averaged per point; default ${DEFAULT-VALUE}")
  int window = 20;

  @Option(names = "--kb", description = "size of each tool output in KB; default ${DEFAULT-VALUE}")
  int kb = 1;

  @Option(names = "--temporal", description = "host:port of a real Temporal server (default: embedded)")
  String temporal;

  @Option(names = "--warm-up", description = "turns of a run before the measured one (JIT); default ${DEFAULT-VALUE}")
  int warmUp = 200;

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new CpuPerTurnBenchmark()).execute(args));
  }

  @Override
  public Integer call() {
    long[] cpu = new long[turns + 1];
    long[] wall = new long[turns + 1];
    boolean[] measuring = {false};
    BenchModel model = new BenchModel(turns, kb, turn -> {
      if (measuring[0]) {
        cpu[turn] = BareWorkflowBenchmark.cpuNanos();
        wall[turn] = System.nanoTime();
      }
    });
    BenchModel warm = new BenchModel(warmUp, kb, turn -> { });
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(BlobBenchAgent.class))
        .models(name -> measuring[0] ? model : warm).address(temporal)
        .taskQueue("cpu-per-turn-" + ProcessHandle.current().pid()).build()) {
      env.client().summary(env.client().start("blobs", List.of(Message.user("go")),
          RunOptions.builder().maxTurns(warmUp + 1).build(), null));
      measuring[0] = true;
      env.client().summary(env.client().start("blobs", List.of(Message.user("go")),
          RunOptions.builder().maxTurns(turns + 1).build(), null));
    }
    String server = temporal == null ? "embedded test server (its CPU included)" : "Temporal server at " + temporal;
    System.out.printf("CPU and wall time per turn along one %d-turn run (after a %d-turn warm-up run), %d KB tool outputs, %s:%n",
        turns, warmUp, kb, server);
    System.out.println("| turns | worker CPU ms/turn | wall ms/turn |");
    System.out.println("|---|---:|---:|");
    for (int end : new int[] {window + 10, turns / 10 + window / 2, turns / 2 + window / 2, turns}) {
      int from = Math.max(1, end - window);
      System.out.printf("| %d–%d | %.2f | %.2f |%n", from, end, (cpu[end] - cpu[from]) / 1e6 / (end - from),
          (wall[end] - wall[from]) / 1e6 / (end - from));
    }
    return 0;
  }
}
