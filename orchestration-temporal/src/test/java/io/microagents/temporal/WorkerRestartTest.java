package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A worker dies mid-run; a new one replays history and goes on without repeating the model call. */
class WorkerRestartTest {

  @Agent(instructions = "Look things up.")
  public static class LookupAgent {
    @Tool("Looks something up")
    public String lookUp() {
      return "42";
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private WorkerFactory worker(String queue, String toolQueue, ScriptedModel model, boolean withTools) {
    AgentRegistry registry = AgentRegistry.of(LookupAgent.class);
    WorkerFactory factory = WorkerFactory.newInstance(temporal.workflowClient());
    WorkerOptions options = WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();
    MicroagentsWorker.register(factory.newWorker(queue, options), registry, model,
        MicroagentsOptions.builder().toolTaskQueue(toolQueue).build());
    if (withTools) {
      Worker tools = factory.newWorker(toolQueue, options);
      MicroagentsWorker.registerTools(tools, registry);
    }
    factory.start();
    return factory;
  }

  @Test
  void aRestartedWorkerDoesNotCallTheModelAgainForCompletedTurns() {
    String queue = temporal.taskQueue("restart");
    String toolQueue = temporal.taskQueue("restart-tools");
    ScriptedModel first = new ScriptedModel().thenToolCall("look_up", "{}");
    // The first worker runs turn 1, then the run waits for a tool worker that is not there yet.
    WorkerFactory crashed = worker(queue, toolQueue, first, false);
    AgentClient client = new AgentClient(temporal.workflowClient(), queue, null);
    String id = client.start("LookupAgent", List.of(Message.user("What is the answer?")), null, temporal.workflowId("restart"));
    Awaits.until(() -> Histories.activityTypes(temporal.history(id)), types -> types.contains("look_up"));
    crashed.shutdownNow();
    crashed.awaitTermination(10, TimeUnit.SECONDS);

    ScriptedModel second = new ScriptedModel().thenMessage("The answer is 42.");
    WorkerFactory restarted = worker(queue, toolQueue, second, true);
    try {
      assertThat(client.result(id).finalOutputText()).isEqualTo("The answer is 42.");
    } finally {
      restarted.shutdownNow();
    }

    assertThat(first.requests()).hasSize(1);
    assertThat(second.requests()).hasSize(1);
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "look_up", "ModelCall");
  }
}
