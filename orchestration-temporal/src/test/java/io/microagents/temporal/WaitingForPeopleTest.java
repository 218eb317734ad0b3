package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client waits for a run to need a person without polling, and finds what a whole run tree
 * — the run and the child agents it started — waits for.
 */
class WaitingForPeopleTest {

  @Agent(name = "lead", instructions = "Delegate to the assistant.", agentTools = Assistant.class)
  public static class Lead {}

  @Agent(name = "assistant", instructions = "Ask when unsure.", askHuman = true)
  public static class Assistant {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aQuestionAskedByAChildAgentIsFoundFromTheRootAndAnswered() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("lead").thenToolCall("assistant", "{\"input\":\"Find a date\"}").thenMessage("Booked for Friday.");
    model.forAgent("assistant").thenToolCall("ask_human", "{\"question\":\"Which day?\"}").thenMessage("Friday");
    AgentClient client = temporal.start(AgentRegistry.of(Lead.class), model);
    String id = client.start("lead", List.of(Message.user("Plan it")), RunOptions.DEFAULTS, temporal.workflowId("tree"));

    String child = id + "/assistant-1";
    List<PendingInput> pending = client.awaitPersonInTree(id, Duration.ofSeconds(30));
    RunStatus waiting = client.awaitPerson(child, Duration.ofSeconds(30)); // an update that returns at once now

    assertThat(waiting.questions()).extracting(PendingQuestion::question).containsExactly("Which day?");
    assertThat(pending).singleElement().satisfies(p -> {
      assertThat(p.workflowId()).isEqualTo(child);
      assertThat(p.agent()).isEqualTo("assistant");
      assertThat(p.questions()).extracting(PendingQuestion::id).containsExactly("q1");
    });
    client.answer(child, "q1", "Friday");
    assertThat(client.summary(id).finalOutputText()).isEqualTo("Booked for Friday.");
    assertThat(client.pendingInTree(id)).isEmpty();
  }

  @Test
  void aClientWaitsForAnApprovalWithoutPolling() {
    ScriptedModel model = new ScriptedModel().thenToolCall("book_flight", "{\"to\":\"Oslo\"}").thenMessage("Booked.");
    AgentClient client = temporal.start(AgentRegistry.builder().register(HumanInTheLoopTest.BOOKER).build(), model);
    String id = client.start("Booker", List.of(Message.user("Fly me")), RunOptions.DEFAULTS, temporal.workflowId("await"));

    RunStatus waiting = client.awaitPerson(id, Duration.ofSeconds(30));

    assertThat(waiting.phase()).isEqualTo(RunStatus.Phase.WAITING_FOR_HUMAN);
    assertThat(waiting.approvals()).extracting(PendingApproval::tool).containsExactly("book_flight");
    client.decide(id, waiting.approvals().get(0).callId(), true, null);
    assertThat(client.summary(id).finalOutputText()).isEqualTo("Booked.");
  }

  @Test
  void waitingOnARunThatNeedsNobodyReturnsItsFinalState() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("lead").thenMessage("Done alone.");
    AgentClient client = temporal.start(AgentRegistry.of(Lead.class), model);
    String id = client.start("lead", List.of(Message.user("Plan it")), RunOptions.DEFAULTS, temporal.workflowId("alone"));

    RunStatus end = client.awaitPerson(id, Duration.ofSeconds(30));

    assertThat(end.phase()).isEqualTo(RunStatus.Phase.COMPLETED);
    assertThat(client.summary(id).finalOutputText()).isEqualTo("Done alone.");
  }
}
