package io.microagents.examples.durability;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.StepPrinter;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.steps.HistoryFollower;
import io.microagents.items.Message;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.examples.SessionSettings;
import io.microagents.examples.TemporalTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The talk's durability demo: the worker runs as a separate process; it is killed in the
 * middle of a run and another one started; the run finishes, and the ledger of model calls
 * the workers printed shows that none was made twice.
 */
public final class DurabilityExample implements Example {

  /** The tool step during which the first worker is killed. */
  static final int KILL_AT_STEP = 3;

  @Override
  public String name() {
    return "durability";
  }

  @Override
  public String description() {
    return "Kills the worker process mid-run and starts another: the run finishes, no model call is made twice";
  }

  @Override
  public List<String> defaultInput() {
    return List.of("Crunch the numbers in 6 steps.");
  }

  @Override
  public Map<String, AgentScript> offlineScripts() {
    return CruncherScript.scripts();
  }

  @Override
  public boolean startsOwnWorkers() {
    return true;
  }

  @Override
  public String run(ExampleSession session, List<String> input) throws Exception {
    StepPrinter printer = session.printer();
    Map<String, Integer> calls = new ConcurrentHashMap<>();
    String id = session.newWorkflowId("durability");
    // A task queue of its own: no other worker (this process's, a stray one) can take the steps meant for these.
    String queue = id;
    try (SharedTemporal temporal = SharedTemporal.of(session.settings().temporal(), printer);
        MicroagentsEnvironment client = MicroagentsEnvironment.builder().registry(session.registry())
            .models(session.models()).address(temporal.address()).namespace(temporal.namespace())
            .payloadStore(temporal.target(session.settings().temporal()).payloadStore())
            .taskQueue(queue).startWorker(false).build()) {
      List<String> options = workerOptions(session.settings(), temporal.target(session.settings().temporal()), queue);
      AgentClient agents = client.client();
      RunResult result;
      try (HistoryFollower follower = new HistoryFollower(client.workflowClient(), printer)) {
        CompletableFuture<Void> killPoint = new CompletableFuture<>();
        WorkerProcess first = WorkerProcess.start("worker 1", temporal.address(), temporal.namespace(), options,
            printer, line -> {
              count(calls, line);
              if (DurabilityLines.toolStep(line) == KILL_AT_STEP) {
                killPoint.complete(null);
              }
            });
        CompletableFuture<RunResult> finished;
        try (first) {
          agents.start("cruncher", List.of(Message.user(String.join(" ", input))), session.runOptions(), id);
          follower.follow(id);
          finished = CompletableFuture.supplyAsync(() -> agents.result(id));
          awaitFirst(killPoint, finished, first);
          if (!killPoint.isDone()) {
            printer.step("the run finished before step " + KILL_AT_STEP + ", so no worker was killed: the model "
                + "chose fewer steps this time (run it again, or with --offline, to see a worker die mid-run)");
          } else {
            first.kill();
            printer.step("KILLED worker 1 (pid " + first.pid() + ") in the middle of step " + KILL_AT_STEP);
          }
        }
        if (finished.isDone()) {
          result = finished.join();
        } else {
          try (WorkerProcess second = WorkerProcess.start("worker 2", temporal.address(), temporal.namespace(),
              options, printer, line -> count(calls, line))) {
            result = agents.result(id);
          }
        }
        follower.awaitPrinted(30);
      }
      printLedger(printer, calls);
      return result.finalOutputText();
    }
  }

  /** Waits until worker 1 reaches the kill point or the run finishes; says why when neither happens. */
  private static void awaitFirst(CompletableFuture<Void> killPoint, CompletableFuture<RunResult> finished,
      WorkerProcess worker) throws InterruptedException {
    CompletableFuture<?> exited = worker.onExit();
    try {
      CompletableFuture.anyOf(killPoint, finished, exited).get(2, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("worker 1 did not reach step " + KILL_AT_STEP + " within 2 minutes, "
          + "and the run did not finish (its lines above show how far it got)");
    }
    if (!killPoint.isDone() && !finished.isDone()) {
      throw new IllegalStateException("worker 1 (pid " + worker.pid() + ") exited with status "
          + worker.exitValue() + " before step " + KILL_AT_STEP + " (its lines above say why)");
    }
  }

  /** The worker processes run like this one: offline, or with its model and API (the key comes from the environment). */
  private static List<String> workerOptions(SessionSettings settings, TemporalTarget target, String queue) {
    List<String> options = new ArrayList<>(List.of("--task-queue", queue));
    if (target.javaTestServer()) {
      options.add("--java-test-server");
    }
    if (target.payloads() != null) {
      options.addAll(List.of("--payload-dir", target.payloads().toString()));
    }
    if (settings.offline()) {
      options.add("--offline");
    }
    if (settings.model() != null) {
      options.addAll(List.of("--model", settings.model()));
    }
    if (settings.openAi() != null) {
      options.addAll(List.of("--api", settings.openAi().api().name()));
    }
    return options;
  }

  private static void count(Map<String, Integer> calls, String line) {
    String key = DurabilityLines.modelCallKey(line);
    if (key != null) {
      calls.merge(key, 1, Integer::sum);
    }
  }

  private static void printLedger(StepPrinter printer, Map<String, Integer> calls) {
    printer.line("");
    printer.line("Model calls made, across both workers:");
    calls.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(items(a), items(b))))
        .forEach(e -> printer.line("  " + e.getKey().replace("@", " with ") + " items: made " + e.getValue()
            + (e.getValue() == 1 ? " time" : " times  <-- REPEATED")));
    boolean repeated = calls.values().stream().anyMatch(n -> n > 1);
    printer.line(repeated ? "Some model call was made more than once." : "No model call was made twice: "
        + calls.size() + " calls, each made once.");
  }

  private static int items(String key) {
    return Integer.parseInt(key.substring(key.indexOf('@') + 1));
  }
}
