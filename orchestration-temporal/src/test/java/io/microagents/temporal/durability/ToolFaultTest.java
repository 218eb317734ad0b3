package io.microagents.temporal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.run.RunResult;
import io.microagents.temporal.ActivityPolicy;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.FakeOpenAiResponses;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tools that fail — throw, outlive their timeout, hang — are retried a bounded number of
 * times by their activity policy; then the error goes back to the model as the tool's
 * output and the run goes on.
 */
class ToolFaultTest {

  static final AtomicInteger EXPLODE_CALLS = new AtomicInteger();
  static final AtomicInteger SLOW_CALLS = new AtomicInteger();
  static final AtomicInteger HANG_CALLS = new AtomicInteger();
  /** Released after each test, so no activity thread outlives it. */
  static volatile CountDownLatch release = new CountDownLatch(1);

  @Agent(name = "tool_fault_agent", instructions = "Use the tools.")
  public static class ToolFaultAgent {

    @Tool("Always fails")
    @ActivityPolicy(startToCloseSeconds = 5, initialIntervalMillis = 50, backoffCoefficient = 1.0, maximumAttempts = 3)
    public String explode() {
      EXPLODE_CALLS.incrementAndGet();
      throw new IllegalStateException("inventory service down");
    }

    @Tool("Answers after 3 s, longer than its 1 s timeout")
    @ActivityPolicy(startToCloseSeconds = 1, initialIntervalMillis = 50, backoffCoefficient = 1.0, maximumAttempts = 2)
    public String slowpoke() throws InterruptedException {
      SLOW_CALLS.incrementAndGet();
      release.await(3, TimeUnit.SECONDS);
      return "too late";
    }

    @Tool("Never answers")
    @ActivityPolicy(startToCloseSeconds = 1, initialIntervalMillis = 50, backoffCoefficient = 1.0, maximumAttempts = 2)
    public String hang() throws InterruptedException {
      HANG_CALLS.incrementAndGet();
      release.await();
      return "released";
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();
  private final FakeOpenAi openAi = FakeOpenAi.start();

  @BeforeAll
  static void warmUp() {
    FakeOpenAi.warmUp();
  }

  @BeforeEach
  void reset() {
    EXPLODE_CALLS.set(0);
    SLOW_CALLS.set(0);
    HANG_CALLS.set(0);
    release = new CountDownLatch(1);
  }

  @AfterEach
  void close() {
    release.countDown();
    openAi.close();
  }

  @Test
  void aToolThatThrowsIsRetriedThreeTimesThenTheModelSeesTheError() {
    String output = runWithFailingTool("explode");

    assertThat(EXPLODE_CALLS).as("invocations").hasValue(3);
    assertThat(output).contains("explode").contains("inventory service down");
  }

  @Test
  void aToolThatOutlivesItsTimeoutIsRetriedTwiceThenTheModelSeesTheTimeout() {
    String output = runWithFailingTool("slowpoke");

    assertThat(SLOW_CALLS).as("invocations").hasValue(2);
    assertThat(output).contains("slowpoke").contains("timed out").contains("START_TO_CLOSE");
  }

  @Test
  void aToolThatHangsIsRetriedTwiceThenTheModelSeesTheTimeout() {
    String output = runWithFailingTool("hang");

    assertThat(HANG_CALLS).as("invocations").hasValue(2);
    assertThat(output).contains("hang").contains("timed out").contains("START_TO_CLOSE");
  }

  /** Runs: the model calls the tool, then answers; returns what the model was told. */
  private String runWithFailingTool(String tool) {
    openAi.server.enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("call_1", tool, "{}")))
        .enqueue(FakeOpenAiResponses.text("Sorry, that failed."));
    AgentClient client = temporal.start(AgentRegistry.of(ToolFaultAgent.class), openAi.provider);

    String id = client.start(ToolFaultAgent.class, "go");
    RunResult result = Runs.result(client.workflowClient(), id);

    assertThat(result.finalOutputText()).isEqualTo("Sorry, that failed.");
    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(openAi.server.requestCount()).isEqualTo(2);
    String told = RequestBodies.toolOutput(openAi.server.requests().get(1), "call_1");
    assertThat(told).as("the next model request carries the error").isEqualTo(out.output());
    WorkflowExecutionHistory history = temporal.history(id);
    assertThat(Histories.activityTypes(history)).containsExactly("ModelCall", tool, "ModelCall");
    assertThat(HistoryChecks.workflowTaskFailures(history)).isZero();
    return told;
  }
}
