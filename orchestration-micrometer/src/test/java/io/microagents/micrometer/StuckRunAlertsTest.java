package io.microagents.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.tally.Scope;
import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.common.RetryOptions;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The alerting recipe of docs/operations.md, condition by condition: each is made to happen on
 * the embedded server and the metric its alert reads moves. (Activities retrying past N
 * attempts: also {@link WorkerMetricsTest}.)
 */
class StuckRunAlertsTest {

  @Agent(name = "planner", instructions = "Ask when unsure.", askHuman = true)
  public static class Planner {
    @Tool("Books a room; its service is down")
    public String bookRoom() {
      throw new IllegalStateException("the booking service is down");
    }
  }

  /** A workflow of the user's with a bug: its task fails (and is retried) instead of the workflow. */
  @WorkflowInterface
  public interface Buggy {
    @WorkflowMethod
    String run();
  }

  public static class BuggyImpl implements Buggy {
    @Override
    public String run() {
      throw new IllegalStateException("a bug in workflow code");
    }
  }

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final Scope temporalMetrics = MicroagentsMetrics.temporalScope(registry, Duration.ofMillis(50));

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension().metricsScope(temporalMetrics)
      .workerFactoryOptions(WorkerFactoryOptions.newBuilder()
          .setWorkerInterceptors(MicroagentsMetrics.workerInterceptor(registry)).build());

  @AfterEach
  void closeScope() throws Exception {
    temporalMetrics.close();
  }

  @Test
  void aRunWaitingForAPersonLongerThanTheThresholdShowsInTheOldestWait() {
    ScriptedModel model = new ScriptedModel().thenToolCall("ask_human", "{\"question\":\"Which day?\"}").thenMessage("Friday.");
    AgentClient client = temporal.start(AgentRegistry.of(Planner.class), model);
    RunGauges gauges = RunGauges.builder(temporal.workflowClient()).clock(new ServerClock()).build();
    gauges.bindTo(registry);
    String id = client.start("planner", List.of(Message.user("Plan it")), RunOptions.DEFAULTS, temporal.workflowId("wait"));
    client.awaitPerson(id, Duration.ofSeconds(30));

    gauges.refresh();
    assertThat(gauge(MicroagentsMetrics.RUNS_ACTIVE)).isEqualTo(1);
    assertThat(gauge(MicroagentsMetrics.RUNS_WAITING)).isEqualTo(1);
    assertThat(waitedSeconds()).isLessThan(3600);

    temporal.testEnvironment().sleep(Duration.ofHours(2)); // the server's clock, skipped ahead
    gauges.refresh();
    assertThat(waitedSeconds()).isGreaterThanOrEqualTo(2 * 3600); // the alert: > 1 h

    client.answer(id, "q1", "Friday");
    client.summary(id);
    gauges.refresh();
    assertThat(gauge(MicroagentsMetrics.RUNS_ACTIVE)).isZero();
    assertThat(gauge(MicroagentsMetrics.RUNS_WAITING)).isZero();
    assertThat(waitedSeconds()).isZero();
  }

  @Test
  void aFailingWorkflowTaskMovesTemporalsCounter() {
    temporal.start(AgentRegistry.of(Planner.class), new ScriptedModel(), MicroagentsOptions.DEFAULTS,
        worker -> worker.registerWorkflowImplementationTypes(BuggyImpl.class));
    Buggy buggy = temporal.workflowClient().newWorkflowStub(Buggy.class, WorkflowOptions.newBuilder()
        .setWorkflowId(temporal.workflowId("buggy"))
        .setTaskQueue(temporal.taskQueue(MicroagentsTestExtension.TASK_QUEUE)).build());

    WorkflowClient.start(buggy::run);

    // The scope reports every 50 ms; wait for the first report after the failure.
    assertThat(poll(() -> registry.find("temporal_workflow_task_execution_failed").counters().stream()
        .mapToDouble(Counter::count).sum())).isPositive();

    // The run does not answer its status query either: its workflow code fails before it can.
    RunGauges gauges = RunGauges.builder(temporal.workflowClient()).workflowTypes("Buggy")
        .queryTimeout(Duration.ofSeconds(1)).build();
    gauges.bindTo(registry);
    gauges.refresh();
    assertThat(registry.get(MicroagentsMetrics.RUNS_UNREADABLE).tag("workflow_type", "Buggy").gauge().value()).isEqualTo(1);
  }

  @Test
  void aToolRetryingPastTheThresholdShowsInTheAttemptMaximum() {
    ScriptedModel model = new ScriptedModel().thenToolCall("book_room", "{}").thenMessage("No room today.");
    MicroagentsOptions options = MicroagentsOptions.builder()
        .toolActivity(ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_TOOL_ACTIVITY)
            .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofMillis(10))
                .setBackoffCoefficient(1).setMaximumAttempts(6).build()).build())
        .build();
    AgentClient client = temporal.start(AgentRegistry.of(Planner.class), model, options);

    client.run(Planner.class, "Book a room");

    // The alert: microagents_activity_attempt_max >= 5.
    assertThat(registry.get(MicroagentsMetrics.ACTIVITY_ATTEMPT).tags("activity", "book_room").summary().max())
        .isEqualTo(6);
    assertThat(registry.get(MicroagentsMetrics.ACTIVITY_RETRIES).tags("activity", "book_room").counter().count())
        .isEqualTo(5);
  }

  private double gauge(String name) {
    return registry.get(name).tag("workflow_type", "AgentWorkflow").gauge().value();
  }

  private double waitedSeconds() {
    return registry.get(MicroagentsMetrics.RUNS_WAITING_OLDEST).tag("workflow_type", "AgentWorkflow").timeGauge()
        .value(TimeUnit.SECONDS);
  }

  /** The value once it is positive, or the last value read after 30 s. */
  private static double poll(java.util.function.DoubleSupplier value) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    double v = value.getAsDouble();
    while (v <= 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      v = value.getAsDouble();
    }
    return v;
  }

  /** The test server's clock, which skips ahead: workflow time, as the runs' waits are stamped. */
  private final class ServerClock extends Clock {
    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return Instant.ofEpochMilli(temporal.testEnvironment().currentTimeMillis()); }
  }
}
