package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.internal.ModelInputCounts;
import io.microagents.temporal.internal.ModelInputCounts.Source;
import io.microagents.temporal.internal.ModelInputCounts.Snapshot;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The worker counts where each model call's whole input came from: its cache of the
 * workflow's previous call, or a query to the workflow when the previous call ran elsewhere.
 */
class ModelInputCountsTest {

  static volatile CountDownLatch toolStarted = new CountDownLatch(0);
  static volatile CountDownLatch toolMayFinish = new CountDownLatch(0);

  @Agent(name = "counted", instructions = "Look things up.")
  public static class Looker {
    @Tool("Looks up a value")
    public String lookup(@Param(name = "n") int n) throws InterruptedException {
      toolStarted.countDown();
      toolMayFinish.await(60, TimeUnit.SECONDS);
      return "value " + n;
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void oneWorkerResolvesEveryReferenceFromItsCache() {
    ScriptedModel model = new ScriptedModel().thenToolCall("lookup", "{\"n\":1}").thenToolCall("lookup", "{\"n\":2}")
        .thenMessage("done");
    AgentClient client = temporal.start(AgentRegistry.of(Looker.class), model);
    Snapshot before = ModelInputCounts.snapshot();

    String id = client.start(Looker.class, "look up two values");
    assertThat(client.result(id).finalOutputText()).isEqualTo("done");

    Snapshot counted = ModelInputCounts.snapshot().minus(before);
    assertThat(counted.count(Source.NO_REFERENCE)).isEqualTo(1);
    assertThat(counted.count(Source.CACHE)).isEqualTo(2);
    assertThat(counted.cacheMisses()).isZero();
    assertThat(counted.queries()).isZero();
  }

  @Test
  void aModelWorkerThatDidNotRunThePreviousCallQueriesTheWorkflowAndCountsIt() throws Exception {
    toolStarted = new CountDownLatch(1);
    toolMayFinish = new CountDownLatch(1);
    try {
      ScriptedModel model = new ScriptedModel().thenToolCall("lookup", "{\"n\":1}").thenMessage("done");
      AgentRegistry registry = AgentRegistry.of(Looker.class);
      WorkflowClient client = temporal.workflowClient();
      String workflows = temporal.taskQueue("workflows");
      String models = temporal.taskQueue("models");
      MicroagentsOptions options = MicroagentsOptions.builder()
          .modelActivity(ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_MODEL_ACTIVITY).setTaskQueue(models).build())
          .build().withExternalStorage(client.getOptions().getExternalStorage() != null);
      WorkerFactory workflowWorker = start(client, f -> MicroagentsWorker.register(f.newWorker(workflows), registry,
          model, options));
      WorkerFactory firstModelWorker = start(client, f -> MicroagentsWorker.registerModels(f.newWorker(models), model));
      Snapshot before = ModelInputCounts.snapshot();
      AgentClient agents = new AgentClient(client, workflows, registry);
      String id = agents.start("counted", List.of(Message.user("look it up")), RunOptions.DEFAULTS,
          temporal.workflowId("counted"));

      assertThat(toolStarted.await(30, TimeUnit.SECONDS)).isTrue();
      stop(firstModelWorker); // its cache of the first call goes with it
      WorkerFactory secondModelWorker = start(client, f -> MicroagentsWorker.registerModels(f.newWorker(models), model));
      toolMayFinish.countDown();
      try {
        assertThat(agents.result(id).finalOutputText()).isEqualTo("done");
        Snapshot counted = ModelInputCounts.snapshot().minus(before);
        assertThat(counted.count(Source.NO_REFERENCE)).isEqualTo(1);
        assertThat(counted.count(Source.QUERY)).isEqualTo(1);
        assertThat(counted.cacheMisses()).isEqualTo(1);
        assertThat(counted.queries()).isEqualTo(1);
        assertThat(counted.queryNanos()).isPositive();
        assertThat(counted.queryQuantileMs(0.99)).isGreaterThanOrEqualTo(counted.queryMeanMs() * 0.8);
      } finally {
        stop(secondModelWorker);
        stop(workflowWorker);
      }
    } finally {
      toolMayFinish.countDown();
      toolStarted = new CountDownLatch(0);
      toolMayFinish = new CountDownLatch(0);
    }
  }

  @Test
  void snapshotsSubtractAndAddAndGiveTheQueryTimeQuantiles() {
    Snapshot zero = Snapshot.ZERO;
    long[] resolved = {1, 6, 1, 2, 0};
    long[] buckets = new long[ModelInputCounts.BUCKETS];
    buckets[40] = 99; // 2^10 µs = 1.024 ms up to 2^10.25 µs
    buckets[60] = 1; // 2^15 µs
    Snapshot s = new Snapshot(resolved, 100, 200_000_000L, buckets);

    assertThat(s.plus(s).minus(s)).isEqualTo(s);
    assertThat(s.minus(zero).calls()).isEqualTo(10);
    assertThat(s.referring()).isEqualTo(9);
    assertThat(s.cacheMisses()).isEqualTo(3);
    assertThat(s.queryMeanMs()).isEqualTo(2.0);
    assertThat(s.queryQuantileMs(0.99)).isBetween(1.024, 1.22);
    assertThat(s.queryQuantileMs(1.0)).isBetween(32.0, 40.0);
    assertThat(zero.queryQuantileMs(0.99)).isNaN();
  }

  private static WorkerFactory start(WorkflowClient client, Consumer<WorkerFactory> setup) {
    WorkerFactory f = WorkerFactory.newInstance(client);
    setup.accept(f);
    f.start();
    return f;
  }

  private static void stop(WorkerFactory f) {
    f.shutdownNow();
    f.awaitTermination(10, TimeUnit.SECONDS);
  }
}
