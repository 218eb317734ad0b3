package io.microagents.temporal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.run.RunResult;
import io.microagents.temporal.ActivityPolicy;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeReply;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults of the model provider, injected by a fake OpenAI server under the real openai-java
 * client inside a real {@code AgentWorkflow}: transient ones are retried by Temporal and the
 * run completes; permanent ones fail the run at once with the status and the provider's
 * message, after exactly one request.
 */
class ModelFaultTest {

  /** Short timeouts and retry intervals so that a fault costs a test seconds, not minutes. */
  @Agent(name = "fault_agent", instructions = "Answer briefly.")
  @ActivityPolicy(startToCloseSeconds = 3, initialIntervalMillis = 100, backoffCoefficient = 1.0,
      maximumIntervalSeconds = 1, maximumAttempts = 4)
  public static class FaultAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();
  private final FakeOpenAi openAi = FakeOpenAi.start();

  @BeforeAll
  static void warmUp() {
    FakeOpenAi.warmUp();
  }

  @AfterEach
  void close() {
    openAi.close();
  }

  private AgentClient client() {
    return temporal.start(AgentRegistry.of(FaultAgent.class), openAi.provider);
  }

  static Stream<Arguments> transientFaults() {
    String good = FakeOpenAiResponses.text("recovered");
    return Stream.of(
        Arguments.of("429 with Retry-After", FakeReply.error(429, "Rate limit reached").withRetryAfter("2"), "429"),
        Arguments.of("429 without Retry-After", FakeReply.error(429, "Rate limit reached"), "429"),
        Arguments.of("500", FakeReply.error(500, "The server had an error"), "500"),
        Arguments.of("503", FakeReply.error(503, "The engine is currently overloaded"), "503"),
        Arguments.of("no answer", FakeReply.never(), "START_TO_CLOSE"),
        Arguments.of("dropped connection", FakeReply.connectionReset(), "no response"),
        Arguments.of("truncated JSON body", FakeReply.truncated(good), "could not be read"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transientFaults")
  void aTransientFaultIsRetriedAndTheRunCompletes(String fault, FakeReply reply, String cause) {
    openAi.server.enqueue(reply).enqueue(FakeOpenAiResponses.text("recovered"));
    AgentClient client = client();

    String id = client.start(FaultAgent.class, "Hi");
    RunResult result = Runs.result(client.workflowClient(), id);

    assertThat(result.finalOutputText()).isEqualTo("recovered");
    assertThat(openAi.server.requestCount()).as("requests the provider saw").isEqualTo(2);
    WorkflowExecutionHistory history = temporal.history(id);
    var activities = Histories.activities(history);
    assertThat(activities).extracting(Histories.Activity::type).containsExactly("ModelCall");
    assertThat(activities.get(0).attempts()).as("attempts of the model call").isEqualTo(2);
    if (temporal.realServer()) { // the in-memory test server does not record an attempt's last failure
      assertThat(HistoryChecks.retryCause(history, "ModelCall", 0)).as("why it was retried").contains(cause);
    }
    assertThat(HistoryChecks.workflowTaskFailures(history)).isZero();
  }

  @Test
  void retryAfterIsHonoured() {
    openAi.server.enqueue(FakeReply.error(429, "Rate limit reached").withRetryAfter("2"))
        .enqueue(FakeOpenAiResponses.text("recovered"));
    AgentClient client = client();

    String id = client.start(FaultAgent.class, "Hi");
    Runs.result(client.workflowClient(), id);

    // The retry's start (its only started event) is at least Retry-After after the schedule,
    // though the policy's own interval is 100 ms.
    WorkflowExecutionHistory history = temporal.history(id);
    HistoryEvent scheduled = first(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
    HistoryEvent started = first(history, EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED);
    Duration gap = Duration.ofSeconds(started.getEventTime().getSeconds() - scheduled.getEventTime().getSeconds())
        .plusNanos(started.getEventTime().getNanos() - scheduled.getEventTime().getNanos());
    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {400, 401, 403, 404})
  void aPermanentFaultFailsTheRunAtOnceWithTheProvidersMessage(int status) {
    openAi.server.enqueue(FakeReply.error(status, "Provider says no (" + status + ")"));
    AgentClient client = client();

    String id = client.start(FaultAgent.class, "Hi");
    WorkflowFailedException e = Runs.failure(client.workflowClient(), id);

    assertThat(openAi.server.requestCount()).as("requests the provider saw").isEqualTo(1);
    assertThat(e.getCause()).isInstanceOf(ActivityFailure.class);
    assertThat(e.getCause().getCause()).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) e.getCause().getCause();
    assertThat(failure.getType()).isEqualTo("ModelException");
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .isEqualTo("Model call of agent 'fault_agent' failed with HTTP " + status
            + ": OpenAI API returned " + status + ": Provider says no (" + status + ")");
    WorkflowExecutionHistory history = temporal.history(id);
    assertThat(Histories.activities(history).get(0).attempts()).isEqualTo(1);
    assertThat(HistoryChecks.closeEvent(history)).isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED);
    assertThat(HistoryChecks.workflowTaskFailures(history)).isZero();
  }

  private static HistoryEvent first(WorkflowExecutionHistory history, EventType type) {
    return history.getEvents().stream().filter(e -> e.getEventType() == type).findFirst().orElseThrow();
  }
}
