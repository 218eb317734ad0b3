package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.run.RunContext;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import io.temporal.client.WorkflowUpdateException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer service conversation as an entity workflow, driven by updates. */
class ConversationTest {

  static final AtomicInteger SEAT_HANDOFFS = new AtomicInteger();

  @Agent(instructions = "Triage customer requests.", handoffs = SeatBookingAgent.class)
  public static class TriageAgent {
    @OnHandoff(SeatBookingAgent.class)
    public void onSeatBooking(RunContext context) {
      SEAT_HANDOFFS.incrementAndGet();
    }
  }

  @Agent(instructions = "Change seats.", handoffDescription = "Updates seats", handoffs = TriageAgent.class)
  public static class SeatBookingAgent {
    @Tool("Updates the seat of a booking")
    public String updateSeat(@Param(name = "confirmation") String confirmation, @Param(name = "seat") String seat) {
      return "Seat of " + confirmation + " is now " + seat;
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void triageToSeatBookingAndBackAcrossMessages() {
    SEAT_HANDOFFS.set(0);
    ScriptedModel model = new ScriptedModel()
        .thenHandoff("SeatBookingAgent")
        .thenMessage("What is your confirmation number and the seat you want?")
        .thenToolCall("update_seat", "{\"confirmation\":\"LL0EZ6\",\"seat\":\"14C\"}")
        .thenHandoff("TriageAgent")
        .thenMessage("Your seat is 14C. Anything else?");
    AgentClient client = temporal.start(AgentRegistry.of(TriageAgent.class), model);
    String id = client.startConversation("TriageAgent", temporal.workflowId("customer-1"), null);

    assertThat(client.send(id, "I want to change my seat")).startsWith("What is your confirmation number");
    assertThat(client.state(id).currentAgent()).isEqualTo("SeatBookingAgent");
    assertThat(client.state(id).phase()).isEqualTo(RunStatus.Phase.IDLE);
    assertThat(client.send(id, "LL0EZ6, seat 14C")).isEqualTo("Your seat is 14C. Anything else?");
    assertThat(client.state(id).currentAgent()).isEqualTo("TriageAgent");

    List<Item> transcript = client.transcript(id);
    assertThat(transcript.get(0)).isEqualTo(Message.user("I want to change my seat"));
    assertThat(transcript).contains(Message.user("LL0EZ6, seat 14C"));
    assertThat(transcript.get(transcript.size() - 1)).isEqualTo(Message.assistant("Your seat is 14C. Anything else?"));
    assertThat(client.endConversation(id)).isEqualTo(transcript);
    assertThat(SEAT_HANDOFFS.get()).isGreaterThanOrEqualTo(1);
    assertThat(Histories.activityTypes(temporal.history(id)))
        .containsExactly("ModelCall", "ModelCall", "ModelCall", "update_seat", "ModelCall", "ModelCall");
    assertThat(Histories.count(temporal.history(id), "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED")).isEqualTo(2);
    model.assertAllConsumed();
    temporal.replay(id);
  }

  @Test
  void anEmptyMessageIsRejected() {
    AgentClient client = temporal.start(AgentRegistry.of(TriageAgent.class), new ScriptedModel());
    String id = client.startConversation("TriageAgent", temporal.workflowId("customer-2"), null);

    assertThatThrownBy(() -> client.send(id, "")).isInstanceOf(WorkflowUpdateException.class);
    assertThat(client.transcript(id)).isEmpty();
    client.endConversation(id);
    assertThat(Histories.count(temporal.history(id), "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED")).isZero();
  }

  @Test
  void continueAsNewKeepsTheTranscript() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("TriageAgent").repeat(5, ScriptedStep.answer(r -> new io.microagents.model.ModelResponse(
        List.of(Message.assistant("echo " + ((Message) r.input().get(r.input().size() - 1)).content())), null, null)));
    AgentClient client = temporal.start(AgentRegistry.of(TriageAgent.class), model);
    String id = client.startConversation(new ConversationInput("TriageAgent", null, null, 2), temporal.workflowId("customer-3"));

    for (int i = 1; i <= 5; i++) {
      assertThat(client.send(id, "message " + i)).isEqualTo("echo message " + i);
    }

    List<Item> transcript = client.transcript(id);
    assertThat(transcript).hasSize(10);
    assertThat(transcript.get(0)).isEqualTo(Message.user("message 1"));
    assertThat(transcript.get(9)).isEqualTo(Message.assistant("echo message 5"));
    // the latest run holds only the last message's model call
    assertThat(Histories.activityTypes(temporal.history(id))).hasSizeLessThan(5);
    assertThat(model.requests().get(4).input()).hasSize(9);
    temporal.replay(id);
    assertThat(client.endConversation(id)).isEqualTo(transcript);
  }
}
