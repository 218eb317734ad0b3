package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.MicroagentsEnvironment;
import io.temporal.client.WorkflowOptions;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Wall time and worker CPU per turn of an agent run against a bare Temporal workflow doing
 * the same activities ({@link BareLoop}), on one server, one worker, in interleaved rounds so
 * machine noise hits both alike. Prints median and minimum ms per turn, CPU ms per turn, and
 * the ratio.
 */
@Command(name = "bare-comparison", mixinStandardHelpOptions = true,
    description = "ms per turn of an agent run vs. a bare Temporal workflow with the same activities.")
public final class BareWorkflowBenchmark implements Callable<Integer> {

  @Option(names = "--turns", description = "tool turns per run; default ${DEFAULT-VALUE}")
  int turns = 10;

  @Option(names = "--rounds", description = "measured runs of each, interleaved; default ${DEFAULT-VALUE}")
  int rounds = 20;

  @Option(names = "--kb", description = "size of each tool output in KB; default ${DEFAULT-VALUE}")
  int kb = 1;

  @Option(names = "--temporal", description = "host:port of a real Temporal server (default: embedded)")
  String temporal;

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new BareWorkflowBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    String queue = "bare-comparison-" + ProcessHandle.current().pid();
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(BlobBenchAgent.class))
        .models(new BenchModel(turns, kb, t -> { })).address(temporal).taskQueue(queue).startWorker(false).build()) {
      env.worker().registerWorkflowImplementationTypes(BareLoop.LoopWorkflowImpl.class);
      env.worker().registerActivitiesImplementations(new BareLoop.LoopActivitiesImpl());
      env.start();
      Callable<Object> agent = () -> env.client().summary(env.client().start("blobs", List.of(Message.user("go")),
          RunOptions.builder().maxTurns(turns + 1).build(), null));
      Callable<Object> bare = () -> env.workflowClient().newWorkflowStub(BareLoop.LoopWorkflow.class,
          WorkflowOptions.newBuilder().setTaskQueue(queue).build()).run(turns, kb);
      for (int i = 0; i < 3; i++) { // warm-up: class loading, JIT, connections
        agent.call();
        bare.call();
      }
      List<double[]> ours = new ArrayList<>();
      List<double[]> theirs = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        ours.add(timed(agent));
        theirs.add(timed(bare));
      }
      String server = temporal == null ? "embedded test server" : "Temporal server at " + temporal;
      System.out.printf("%d-turn runs (%d model calls, %d KB tool outputs), %d interleaved rounds, %s:%n",
          turns, turns + 1, kb, rounds, server);
      System.out.println("| workflow | ms/turn median | ms/turn min | worker CPU ms/turn (median) |");
      System.out.println("|---|---:|---:|---:|");
      row("agent run (Microagents)", ours);
      row("bare Temporal workflow, same activities", theirs);
      System.out.printf("| **ratio** | **%.3f×** | %.3f× | %.3f× |%n", median(ours, 0) / median(theirs, 0),
          min(ours) / min(theirs), median(ours, 1) / median(theirs, 1));
    }
    return 0;
  }

  /** Wall ms and process CPU ms per turn of one run. */
  private double[] timed(Callable<Object> run) throws Exception {
    long cpu = cpuNanos();
    long start = System.nanoTime();
    run.call();
    return new double[] {(System.nanoTime() - start) / 1e6 / (turns + 1), (cpuNanos() - cpu) / 1e6 / (turns + 1)};
  }

  private static void row(String name, List<double[]> samples) {
    System.out.printf("| %s | %.2f | %.2f | %.2f |%n", name, median(samples, 0), min(samples), median(samples, 1));
  }

  private static double median(List<double[]> samples, int k) {
    List<Double> v = new ArrayList<>();
    samples.forEach(s -> v.add(s[k]));
    Collections.sort(v);
    return v.get(v.size() / 2);
  }

  private static double min(List<double[]> samples) {
    return samples.stream().mapToDouble(s -> s[0]).min().orElse(0);
  }

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
