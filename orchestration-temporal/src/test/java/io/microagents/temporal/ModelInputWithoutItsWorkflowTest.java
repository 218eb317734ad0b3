package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A model call whose input refers to earlier items, taken by a worker that has never seen the
 * run (a cold cache) while no worker serves the workflow: its query for the items cannot be
 * answered. The activity heartbeats while it waits, gives the query up after half its
 * heartbeat timeout, and rebuilds the items from the history: the model is called once, in the
 * first attempt — never paid twice for a slow query.
 */
class ModelInputWithoutItsWorkflowTest {

  static final CountDownLatch TOOL_STARTED = new CountDownLatch(1);
  static final CountDownLatch TOOL_MAY_FINISH = new CountDownLatch(1);

  @Agent(name = "holder", instructions = "Use your tool.")
  public static class HolderAgent {
    @Tool("Holds until released")
    public String hold() throws InterruptedException {
      TOOL_STARTED.countDown();
      TOOL_MAY_FINISH.await(60, TimeUnit.SECONDS);
      return "held";
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aColdModelWorkerResolvesTheInputFromHistoryWhenTheWorkflowCannotBeQueried() throws Exception {
    ScriptedModel model = new ScriptedModel().thenToolCall("hold", "{}").thenMessage("done");
    AgentRegistry registry = AgentRegistry.of(HolderAgent.class);
    WorkflowClient client = temporal.workflowClient();
    String workflows = temporal.taskQueue("workflows");
    String models = temporal.taskQueue("models");
    MicroagentsOptions options = MicroagentsOptions.builder()
        .modelActivity(ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_MODEL_ACTIVITY)
            .setTaskQueue(models).setHeartbeatTimeout(Duration.ofSeconds(2)).build())
        .build().withExternalStorage(client.getOptions().getExternalStorage() != null);
    // The Java test server loses a stopped worker's sticky queue; a real server moves its tasks on.
    WorkerOptions workerOptions = temporal.realServer() ? WorkerOptions.getDefaultInstance()
        : WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();

    WorkerFactory workflowWorker = start(client, f -> MicroagentsWorker.register(
        f.newWorker(workflows, workerOptions), registry, model, options));
    WorkerFactory firstModelWorker = start(client, f -> MicroagentsWorker.registerModels(f.newWorker(models), model));
    AgentClient agents = new AgentClient(client, workflows, registry);
    String id = agents.start("holder", List.of(Message.user("hold it")), RunOptions.DEFAULTS, temporal.workflowId("cold"));

    assertThat(TOOL_STARTED.await(30, TimeUnit.SECONDS)).isTrue();
    stop(firstModelWorker);
    TOOL_MAY_FINISH.countDown();
    Awaits.until(() -> modelCalls(client, id, false), n -> n == 2);
    stop(workflowWorker); // nobody answers the workflow's queries now
    WorkerFactory coldModelWorker = start(client, f -> MicroagentsWorker.registerModels(f.newWorker(models), model));
    Awaits.until(() -> modelCalls(client, id, true), n -> n == 2);
    WorkerFactory secondWorkflowWorker = start(client, f -> MicroagentsWorker.register(
        f.newWorker(workflows, workerOptions), registry, model, options));

    try {
      assertThat(agents.summary(id).finalOutputText()).isEqualTo("done");
      assertThat(model.requests()).hasSize(2);
      assertThat(model.requests().get(1).input()).hasSize(3);
      assertThat(Histories.activities(client.fetchHistory(id))).filteredOn(a -> a.type().equals("ModelCall"))
          .extracting(Histories.Activity::attempts).containsExactly(1, 1);
    } finally {
      stop(coldModelWorker);
      stop(secondWorkflowWorker);
    }
  }

  private static WorkerFactory start(WorkflowClient client, java.util.function.Consumer<WorkerFactory> setup) {
    WorkerFactory f = WorkerFactory.newInstance(client);
    setup.accept(f);
    f.start();
    return f;
  }

  private static void stop(WorkerFactory f) {
    f.shutdownNow();
    f.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static long modelCalls(WorkflowClient client, String id, boolean completed) {
    return Histories.activities(client.fetchHistory(id)).stream()
        .filter(a -> a.type().equals("ModelCall") && (!completed || a.result() != null)).count();
  }
}
