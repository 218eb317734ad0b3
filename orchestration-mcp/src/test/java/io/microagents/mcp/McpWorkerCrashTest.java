package io.microagents.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Message;
import io.microagents.model.ModelException;
import io.microagents.model.ModelProvider;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker dies (its factory stopped at once, its MCP server process ended) while an MCP
 * call is in flight, or just after it completed; a new worker with its own connection goes
 * on. The server counts its runs in a file: the call is made again only if it had not completed.
 */
class McpWorkerCrashTest {

  @Agent(name = "SlowNotes", instructions = "Read notes, slowly.", mcpServers = "notes")
  public static class SlowNotes {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @TempDir Path dir;

  private record RunningWorker(WorkerFactory factory, McpAgents mcp) {
    void kill() throws InterruptedException {
      factory.shutdownNow();
      mcp.close();
      factory.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private RunningWorker worker(String queue, Path counter, long slowMillis, ModelProvider model) {
    McpServers servers = McpServers.of(StdioNotesServer.config("notes").allow("slow_note")
        .env("NOTES_COUNTER", counter.toString()).env("NOTES_SLOW_MILLIS", String.valueOf(slowMillis))
        .requestTimeout(Duration.ofSeconds(30)).build());
    McpAgents mcp = McpAgents.connect(AgentRegistry.of(SlowNotes.class), servers);
    WorkerFactory factory = WorkerFactory.newInstance(temporal.workflowClient());
    WorkerOptions options = WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();
    MicroagentsWorker.register(factory.newWorker(queue, options), mcp.registry(), model, MicroagentsOptions.DEFAULTS);
    factory.start();
    return new RunningWorker(factory, mcp);
  }

  @Test
  void aCallCutShortByTheWorkersDeathIsMadeAgainByTheNextWorker() throws Exception {
    String queue = temporal.taskQueue("mcp-crash-mid-call");
    Path counter = dir.resolve("runs.txt");
    ScriptedModel first = new ScriptedModel().thenToolCall("slow_note", "{\"name\":\"todo\"}");
    RunningWorker crashed = worker(queue, counter, 4_000, first);
    AgentClient client = new AgentClient(temporal.workflowClient(), queue, null);
    String id = client.start("SlowNotes", List.of(Message.user("todo?")), null, temporal.workflowId("mcp-crash-mid-call"));

    await(() -> lines(counter).contains("started"));
    crashed.kill();
    assertThat(lines(counter)).containsExactly("started");

    ScriptedModel second = new ScriptedModel().thenMessage("Buy milk, call Ada.");
    RunningWorker restarted = worker(queue, counter, 200, second);
    try {
      assertThat(client.result(id).finalOutputText()).isEqualTo("Buy milk, call Ada.");
    } finally {
      restarted.kill();
    }
    assertThat(lines(counter)).containsExactly("started", "started", "completed");
    var activities = Histories.activities(temporal.history(id));
    assertThat(activities).extracting(Histories.Activity::type).containsExactly("microagents.ListTools", "ModelCall", "slow_note", "ModelCall");
    assertThat(activities.get(2).result()).contains("buy milk; call Ada");
    assertThat(first.requests()).hasSize(1);
    assertThat(second.requests()).hasSize(1);
  }

  @Test
  void aCallThatCompletedBeforeTheWorkerDiedIsNotMadeAgain() throws Exception {
    String queue = temporal.taskQueue("mcp-crash-after-call");
    Path counter = dir.resolve("runs.txt");
    ScriptedModel first = new ScriptedModel().thenToolCall("slow_note", "{\"name\":\"ideas\"}");
    // After the tool, this worker's model is "down" (a retryable failure) until the worker dies.
    ModelProvider thenDown = name -> request -> {
      if (first.remaining() > 0) {
        return first.call(request);
      }
      throw new ModelException("the model is down on this worker", 503, true, null, null);
    };
    RunningWorker crashed = worker(queue, counter, 100, thenDown);
    AgentClient client = new AgentClient(temporal.workflowClient(), queue, null);
    String id = client.start("SlowNotes", List.of(Message.user("ideas?")), null, temporal.workflowId("mcp-crash-after-call"));

    await(() -> Histories.count(temporal.history(id), "EVENT_TYPE_ACTIVITY_TASK_COMPLETED") >= 3); // the tool list, the model, the tool
    crashed.kill();

    ScriptedModel second = new ScriptedModel().thenMessage("A durable MCP client.");
    RunningWorker restarted = worker(queue, counter, 100, second);
    try {
      assertThat(client.result(id).finalOutputText()).isEqualTo("A durable MCP client.");
    } finally {
      restarted.kill();
    }
    assertThat(lines(counter)).containsExactly("started", "completed");
    assertThat(first.requests()).hasSize(1);
    assertThat(second.requests()).hasSize(1);
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("microagents.ListTools", "ModelCall", "slow_note", "ModelCall");
  }

  private static List<String> lines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting");
      }
      Thread.sleep(50);
    }
  }
}
