package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.ToolOutput;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A conversation message whose reply waits for a person's approval. */
class ConversationApprovalTest {

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void theReplyWaitsForTheDecisionWhileTheStateShowsIt() throws Exception {
    ScriptedModel model = new ScriptedModel().thenToolCall("book_flight", "{\"to\":\"Oslo\"}").thenMessage("Booked Oslo.");
    AgentClient client = temporal.start(AgentRegistry.builder().register(HumanInTheLoopTest.BOOKER).build(), model);
    String id = client.startConversation("Booker", temporal.workflowId("conversation-approval"), null);

    CompletableFuture<String> reply = client.sendAsync(id, "Fly me to Oslo");
    RunStatus waiting = Awaits.until(() -> client.state(id), s -> !s.approvals().isEmpty());
    assertThat(waiting.phase()).isEqualTo(RunStatus.Phase.WAITING_FOR_HUMAN);
    assertThat(reply).isNotDone();
    client.decide(id, waiting.approvals().get(0).callId(), true, null);

    assertThat(reply.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("Booked Oslo.");
    assertThat(client.transcript(id)).filteredOn(i -> i instanceof ToolOutput)
        .extracting(i -> ((ToolOutput) i).output()).containsExactly("booked Oslo");
    assertThat(client.state(id).phase()).isEqualTo(RunStatus.Phase.IDLE);
    client.endConversation(id);
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "book_flight", "ModelCall");
    temporal.replay(id);
  }
}
