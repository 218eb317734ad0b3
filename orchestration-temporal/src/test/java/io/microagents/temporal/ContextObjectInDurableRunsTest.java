package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Context;
import io.microagents.annotations.Instructions;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import io.microagents.run.RunContext;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The run's context object reaches a durable run's tools (activities), handoff callbacks and
 * instructions (workflow code) as its own type, not as the JSON map it travelled as; a
 * callback's changes are seen by the turns after it, replay included.
 */
class ContextObjectInDurableRunsTest {

  /** A mutable context: the handoff callback records where the ticket went. */
  public static class Ticket {
    public String customer;
    public String escalatedTo;

    public Ticket() {}

    Ticket(String customer) {
      this.customer = customer;
    }
  }

  @Agent(name = "desk", instructions = "Help, or escalate.", handoffs = Specialist.class)
  public static class Desk {
    @Tool("Says whose ticket this is")
    public String whoseTicket(@Context Ticket ticket, RunContext run) {
      return "ticket of " + ticket.customer + " (context arrived as " + run.context().getClass().getSimpleName() + ")";
    }

    @OnHandoff(Specialist.class)
    public void escalate(@Context Ticket ticket) {
      ticket.escalatedTo = "specialist";
    }
  }

  @Agent(name = "specialist", handoffDescription = "Solves hard cases")
  public static class Specialist {
    @Tool("Says where the ticket went")
    public String whereIsTheTicket(@Context Ticket ticket) {
      return "with the " + ticket.escalatedTo;
    }

    @Instructions
    public String instructions(@Context Ticket ticket) {
      return "Help " + ticket.customer + " (escalated to the " + ticket.escalatedTo + ").";
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void toolsCallbacksAndInstructionsGetTheTypedContextAndCallbackChangesLast() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("whose_ticket", "{}").thenHandoff("specialist")
        .thenToolCall("where_is_the_ticket", "{}").thenMessage("Solved.");
    AgentClient client = temporal.start(AgentRegistry.of(Desk.class), model);

    String id = client.start(Desk.class, "My printer", RunOptions.builder().context(new Ticket("ada")).build(),
        temporal.workflowId("ticket"));
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo("Solved.");
    assertThat(result.newItems()).filteredOn(ToolOutput.class::isInstance).extracting(i -> ((ToolOutput) i).output())
        .contains("ticket of ada (context arrived as LinkedHashMap)", "with the specialist");
    List<String> instructions = model.requests().stream().map(ModelRequest::instructions).toList();
    assertThat(instructions).endsWith("Help ada (escalated to the specialist).", "Help ada (escalated to the specialist).");
    assertThat(client.summary(id).finalOutputText()).isEqualTo("Solved.");
    temporal.replay(id);
  }

  @Test
  void aContextOfAnotherShapeIsAToolErrorTheModelSeesAtOnce() {
    ScriptedModel model = new ScriptedModel().thenToolCall("whose_ticket", "{}").thenMessage("Sorry.");
    AgentClient client = temporal.start(AgentRegistry.of(Desk.class), model);

    RunResult result = client.run(Desk.class, "My printer",
        RunOptions.builder().context(Map.of("customer", List.of("not", "a", "name"))).build());

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("Tool whose_ticket cannot run", "Desk.whoseTicket",
        "the run's context (a LinkedHashMap) is not a Ticket");
  }
}
