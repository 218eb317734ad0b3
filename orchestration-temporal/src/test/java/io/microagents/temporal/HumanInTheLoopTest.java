package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.model.ToolSpec;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.client.WorkflowUpdateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A run waits for a person: approval of a tool call, or the answer to a question. */
class HumanInTheLoopTest {

  static final AgentDefinition BOOKER = AgentDefinition.builder("Booker")
      .instructions("Book flights; ask when unsure.")
      .tool(ToolDefinition.function(
          new ToolSpec("book_flight", "Books a flight", Json.parse("{\"type\":\"object\",\"properties\":{\"to\":{\"type\":\"string\"}}}"), false),
          (args, ctx) -> "booked " + Json.parse(args).path("to").asText()).withApproval())
      .tool(new ToolDefinition(new ToolSpec(ToolDefinition.ASK_HUMAN, "Asks the user",
          Json.parse("{\"type\":\"object\",\"properties\":{\"question\":{\"type\":\"string\"}}}"), false),
          ToolDefinition.Kind.HUMAN, null, null, false, false, null))
      .build();

  @Agent(name = "Payer", instructions = "Pay bills.")
  public static class Payer {
    @Tool(value = "Pays a bill", needsApproval = true)
    public String pay(@Param(name = "payee") String payee, @Param(name = "amount") int amount) {
      return "paid " + amount + " to " + payee;
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private AgentClient start(ScriptedModel model) {
    return temporal.start(AgentRegistry.builder().register(BOOKER).build(), model);
  }

  @Test
  void anApprovedToolCallRuns() {
    ScriptedModel model = new ScriptedModel().thenToolCall("book_flight", "{\"to\":\"Paris\"}").thenMessage("Booked.");
    AgentClient client = start(model);
    String id = client.start("Booker", java.util.List.of(Message.user("Fly me to Paris")), null, temporal.workflowId("booking-approved"));

    RunStatus waiting = Awaits.until(() -> client.state(id), s -> !s.approvals().isEmpty());
    assertThat(waiting.phase()).isEqualTo(RunStatus.Phase.WAITING_FOR_HUMAN);
    assertThat(waiting.currentAgent()).isEqualTo("Booker");
    PendingApproval pending = waiting.approvals().get(0);
    assertThat(pending.tool()).isEqualTo("book_flight");
    assertThat(pending.arguments()).contains("Paris");
    client.decide(id, pending.callId(), true, null);
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo("Booked.");
    assertThat(((ToolOutput) result.newItems().get(1)).output()).isEqualTo("booked Paris");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "book_flight", "ModelCall");
    temporal.replay(id);
  }

  @Test
  void thePersonSeesTheArgumentsAsTheyWillBeBoundAndNeverArgumentsThatDoNotBind() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("pay", "{\"payee\":\"Gas Co\",\"amount\":80,\"extra\":1}")
        .thenToolCall("pay", "{\"payee\":\"Gas Co\", \"amount\":80}")
        .thenMessage("Paid.");
    AgentClient client = temporal.start(AgentRegistry.of(Payer.class), model);
    String id = client.start("Payer", java.util.List.of(Message.user("Pay the gas bill")), null, temporal.workflowId("pay"));

    RunStatus waiting = Awaits.until(() -> client.state(id), s -> !s.approvals().isEmpty());
    assertThat(waiting.approvals()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("askedAt").containsExactly(
        new PendingApproval("call_2", "Payer", "pay", "{\"amount\":80,\"payee\":\"Gas Co\"}"));
    assertThat(waiting.approvals().get(0).askedAt()).isNotNull();
    client.decide(id, "call_2", true, null);
    RunResult result = client.result(id);

    ToolOutput refused = (ToolOutput) result.newItems().get(1);
    assertThat(refused.error()).isTrue();
    assertThat(refused.output()).isEqualTo(
        "Error: Invalid arguments for tool pay: unknown argument 'extra'; the tool takes [payee, amount]");
    assertThat(((ToolOutput) result.newItems().get(3)).output()).isEqualTo("paid 80 to Gas Co");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "ModelCall", "pay", "ModelCall");
    temporal.replay(id);
  }

  @Test
  void aRejectedToolCallDoesNotRunAndTheModelSeesTheReason() {
    ScriptedModel model = new ScriptedModel().thenToolCall("book_flight", "{\"to\":\"Paris\"}").thenMessage("Not booked.");
    AgentClient client = start(model);
    String id = client.start("Booker", java.util.List.of(Message.user("Fly me to Paris")), null, temporal.workflowId("booking-rejected"));

    String callId = Awaits.until(() -> client.state(id), s -> !s.approvals().isEmpty()).approvals().get(0).callId();
    client.decide(id, callId, false, "too expensive");
    RunResult result = client.result(id);

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("rejected").contains("too expensive");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "ModelCall");
    temporal.replay(id);
  }

  @Test
  void anApprovalNobodyDecidesTimesOutAndTheModelIsToldSoNotThatAPersonRefused() {
    ScriptedModel model = new ScriptedModel().thenToolCall("book_flight", "{\"to\":\"Paris\"}").thenMessage("I could not book it.");
    AgentClient client = temporal.start(AgentRegistry.builder().register(BOOKER).build(), model,
        MicroagentsOptions.builder().humanTimeout(java.time.Duration.ofSeconds(1)).build());
    String id = client.start("Booker", java.util.List.of(Message.user("Fly me to Paris")), null, temporal.workflowId("booking-timeout"));

    RunResult result = client.result(id);

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).isEqualTo("Tool call not run: the approval timed out: nobody approved or rejected it within 1s")
        .doesNotContain("rejected by a person");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "ModelCall");
    temporal.replay(id);
  }

  @Test
  void aClarifyingQuestionWaitsForTheAnswer() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall(ToolDefinition.ASK_HUMAN, "{\"question\":\"Which city?\"}")
        .thenMessage("Paris it is.");
    AgentClient client = start(model);
    String id = client.start("Booker", java.util.List.of(Message.user("Book me a flight")), null, temporal.workflowId("booking-question"));

    RunStatus waiting = Awaits.until(() -> client.state(id), s -> !s.questions().isEmpty());
    assertThat(waiting.questions()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("askedAt")
        .containsExactly(new PendingQuestion("q1", "Booker", "Which city?"));
    assertThat(waiting.questions().get(0).askedAt()).isNotNull();
    client.answer(id, "q1", "Paris");
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo("Paris it is.");
    assertThat(((ToolOutput) model.requests().get(1).input().get(2)).output()).isEqualTo("Paris");
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "ModelCall");
    temporal.replay(id);
  }

  @Test
  void updatesThatMatchNothingOrAreEmptyAreRejectedAndLeaveNoTrace() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall(ToolDefinition.ASK_HUMAN, "{\"question\":\"Which city?\"}")
        .thenMessage("ok");
    AgentClient client = start(model);
    String id = client.start("Booker", java.util.List.of(Message.user("Book")), null, temporal.workflowId("booking-invalid"));
    Awaits.until(() -> client.state(id), s -> !s.questions().isEmpty());

    assertThatThrownBy(() -> client.answer(id, "q7", "Paris"))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("No question 'q7' is waiting");
    assertThatThrownBy(() -> client.answer(id, "q1", " ")).isInstanceOf(WorkflowUpdateException.class);
    assertThatThrownBy(() -> client.decide(id, "call_99", true, null))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("No tool call 'call_99'");
    client.answer(id, "q1", "Paris");
    client.result(id);

    var history = temporal.history(id);
    assertThat(Histories.count(history, "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED")).isEqualTo(1);
    assertThat(Histories.count(history, "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED")).isEqualTo(1);
    temporal.replay(id);
  }
}
