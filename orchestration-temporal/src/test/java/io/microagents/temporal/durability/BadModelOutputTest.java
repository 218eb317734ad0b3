package io.microagents.temporal.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolCall;
import io.microagents.run.MaxTurnsExceededException;
import io.microagents.run.ModelBehaviorException;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.FakeOpenAiResponses;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a durable run does with model output it cannot follow, sent over the wire by a fake
 * OpenAI server: a mistake the model can correct goes back to it as the tool's output; output
 * that cannot be used fails the run with a typed, non-retryable failure. Never a stuck
 * workflow, never a failing workflow task.
 */
class BadModelOutputTest {

  public record Forecast(String city, int high) {}

  @Agent(name = "alpha_agent", instructions = "You are alpha.")
  public static class AlphaAgent {}

  @Agent(name = "beta_agent", instructions = "You are beta.")
  public static class BetaAgent {}

  @Agent(name = "bad_output_agent", instructions = "Look things up.", maxTurns = 3,
      handoffs = {AlphaAgent.class, BetaAgent.class})
  public static class BadOutputAgent {
    @Tool("The forecast of a city")
    public String lookup(@Param(name = "city") String city, @Param(name = "days") int days) {
      return "sunny in " + city + " for " + days + " days";
    }
  }

  @Agent(name = "structured_agent", instructions = "Answer with a forecast.", outputType = Forecast.class)
  public static class StructuredAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();
  private final FakeOpenAi openAi = FakeOpenAi.start();
  private AgentClient client;

  @BeforeAll
  static void warmUp() {
    FakeOpenAi.warmUp();
  }

  @AfterEach
  void close() {
    openAi.close();
  }

  private String start(Class<?> agent, String... responses) {
    for (String r : responses) {
      openAi.server.enqueue(r);
    }
    client = temporal.start(AgentRegistry.of(BadOutputAgent.class, StructuredAgent.class), openAi.provider);
    return client.start(agent, "What's the weather?");
  }

  @Test
  void anUnknownToolGoesBackToTheModel() {
    String id = start(BadOutputAgent.class,
        FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "launch_rockets", "{}")),
        FakeOpenAiResponses.text("I cannot do that."));

    assertThat(completed(id).finalOutputText()).isEqualTo("I cannot do that.");
    assertThat(toldTheModel("call_1")).startsWith("Error: Tool 'launch_rockets' not found in agent 'bad_output_agent'");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "ModelCall");
  }

  @Test
  void argumentsThatAreNotJsonGoBackToTheModelWithoutRetry() {
    String id = start(BadOutputAgent.class,
        FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "lookup", "{city: Paris")),
        FakeOpenAiResponses.text("Let me try again later."));

    assertThat(completed(id).finalOutputText()).isEqualTo("Let me try again later.");
    assertThat(toldTheModel("call_1")).startsWith("Error: ").contains("Invalid JSON arguments for tool lookup");
    assertToolTriedOnce(id);
  }

  @Test
  void argumentsThatFailTheSchemaGoBackToTheModelWithoutRetry() {
    String id = start(BadOutputAgent.class,
        FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "lookup", "{\"city\":\"Paris\",\"days\":\"many\"}")),
        FakeOpenAiResponses.text("Let me try again later."));

    assertThat(completed(id).finalOutputText()).isEqualTo("Let me try again later.");
    assertThat(toldTheModel("call_1")).startsWith("Error: ").contains("Invalid arguments for tool lookup").contains("days");
    assertToolTriedOnce(id);
  }

  @Test
  void twoHandoffsInOneTurnTakeTheFirstAndTellTheModelAboutTheSecond() {
    String id = start(BadOutputAgent.class,
        FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "transfer_to_alpha_agent", "{}"),
            new ToolCall("call_2", "transfer_to_beta_agent", "{}")),
        FakeOpenAiResponses.text("Alpha here."));

    RunResult result = completed(id);
    assertThat(result.lastAgent()).isEqualTo("alpha_agent");
    assertThat(result.finalOutputText()).isEqualTo("Alpha here.");
    assertThat(toldTheModel("call_2")).isEqualTo("Multiple handoffs detected, ignoring this one.");
    assertThat(openAi.server.requests().get(1).body().path("instructions").asText()).isEqualTo("You are alpha.");
  }

  @Test
  void invalidStructuredOutputFailsTheRunWithModelBehaviorException() {
    String id = start(StructuredAgent.class, FakeOpenAiResponses.json("{\"city\":\"Paris\",\"high\":\"hot\"}"));

    ApplicationFailure failure = failed(id, "ModelBehaviorException");
    assertThat(failure.getOriginalMessage()).contains("structured_agent").contains("invalid Forecast output");
    assertThat(catchThrowable(() -> client.result(id))).isInstanceOf(ModelBehaviorException.class);
  }

  @Test
  void aRefusalOfStructuredOutputFailsTheRunWithModelBehaviorException() {
    String id = start(StructuredAgent.class, FakeOpenAiResponses.refusal("I can't help with that."));

    ApplicationFailure failure = failed(id, "ModelBehaviorException");
    assertThat(failure.getOriginalMessage()).contains("refused").contains("I can't help with that.");
    assertThat(catchThrowable(() -> client.result(id))).isInstanceOf(ModelBehaviorException.class);
  }

  @Test
  void aRefusalOfTextIsTheFinalOutput() {
    String id = start(BadOutputAgent.class, FakeOpenAiResponses.refusal("I can't help with that."));

    assertThat(completed(id).finalOutputText()).isEqualTo("I can't help with that.");
  }

  @Test
  void emptyResponsesAreAskedAgainUntilMaxTurnsThenTheRunFails() {
    String empty = FakeOpenAiResponses.builder().build();
    String id = start(BadOutputAgent.class, empty, empty, empty);

    ApplicationFailure failure = failed(id, "MaxTurnsExceededException");
    assertThat(failure.getOriginalMessage()).isEqualTo("Max turns (3) exceeded in agent 'bad_output_agent'");
    assertThat(openAi.server.requestCount()).isEqualTo(3);
    assertThat(catchThrowable(() -> client.result(id))).isInstanceOf(MaxTurnsExceededException.class);
  }

  private RunResult completed(String id) {
    RunResult result = Runs.result(client.workflowClient(), id);
    assertClean(id, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED);
    return result;
  }

  /** The run failed, bounded, with a non-retryable ApplicationFailure of this type. */
  private ApplicationFailure failed(String id, String type) {
    WorkflowFailedException e = Runs.failure(client.workflowClient(), id);
    assertThat(e.getCause()).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) e.getCause();
    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).isTrue();
    assertClean(id, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED);
    return failure;
  }

  private void assertClean(String id, EventType closedBy) {
    WorkflowExecutionHistory history = temporal.history(id);
    assertThat(HistoryChecks.closeEvent(history)).isEqualTo(closedBy);
    assertThat(HistoryChecks.workflowTaskFailures(history)).as("failed workflow tasks").isZero();
  }

  private String toldTheModel(String callId) {
    return RequestBodies.toolOutput(openAi.server.requests().get(1), callId);
  }

  private void assertToolTriedOnce(String id) {
    var activities = Histories.activities(temporal.history(id));
    assertThat(activities).extracting(Histories.Activity::type).containsExactly("ModelCall", "lookup", "ModelCall");
    assertThat(activities.get(1).attempts()).isEqualTo(1);
  }
}
