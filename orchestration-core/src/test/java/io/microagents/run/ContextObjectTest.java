package io.microagents.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Context;
import io.microagents.annotations.Instructions;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolOutput;
import io.microagents.testing.ScriptedModel;
import org.junit.jupiter.api.Test;

/**
 * {@code @Context} parameters receive the run's context object as their own type: the very
 * object in-process; changes made in a handoff callback are seen by later steps.
 */
class ContextObjectTest {

  /** A mutable context: a handoff callback records where the ticket went. */
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
    public String whoseTicket(@Context Ticket ticket) {
      return ticket == null ? "no ticket" : "ticket of " + ticket.customer;
    }

    @OnHandoff(Specialist.class)
    public void escalate(@Context Ticket ticket, RunContext run) {
      ticket.escalatedTo = run.agent() + " -> specialist";
    }
  }

  @Agent(name = "specialist", handoffDescription = "Solves hard cases")
  public static class Specialist {
    @Instructions
    public String instructions(@Context Ticket ticket) {
      return "Help " + ticket.customer + " (" + ticket.escalatedTo + ").";
    }
  }

  @Agent(name = "primitive", instructions = "x")
  public static class PrimitiveContext {
    @Tool("x")
    public String x(@Context int n) {
      return "";
    }
  }

  @Agent(name = "doubled", instructions = "x")
  public static class AnnotatedRunContext {
    @Tool("x")
    public String x(@Context RunContext run) {
      return "";
    }
  }

  private final ScriptedModel model = new ScriptedModel();

  @Test
  void toolsCallbacksAndInstructionsGetTheContextObjectAndSeeEachOthersChanges() {
    model.thenToolCall("whose_ticket", "{}").thenHandoff("specialist").thenMessage("Solved.");
    Ticket ticket = new Ticket("ada");

    RunResult result = Runner.builder().registry(AgentRegistry.of(Desk.class)).models(model).build()
        .run(Desk.class, "My printer", RunOptions.builder().context(ticket).build());

    assertThat(result.finalOutputText()).isEqualTo("Solved.");
    assertThat(result.newItems()).contains(ToolOutput.of("call_1", "ticket of ada"));
    assertThat(ticket.escalatedTo).isEqualTo("desk -> specialist");
    assertThat(model.requests().get(2).instructions()).isEqualTo("Help ada (desk -> specialist).");
    assertThat(model.requests().get(0).tools()).filteredOn(t -> t.name().equals("whose_ticket"))
        .singleElement().satisfies(t -> assertThat(t.parameters().path("properties").size()).isZero());
  }

  @Test
  void aContextOfAnotherTypeIsAToolErrorNamingTheMethodAndBothTypes() {
    model.thenToolCall("whose_ticket", "{}").thenMessage("Sorry.");

    RunResult result = Runner.builder().registry(AgentRegistry.of(Desk.class)).models(model).build()
        .run(Desk.class, "My printer", RunOptions.builder().context(java.util.List.of("not", "a", "ticket")).build());

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("Tool whose_ticket cannot run", "Desk.whoseTicket", "is not a Ticket");
  }

  @Test
  void withoutAContextTheParameterIsNull() {
    model.thenToolCall("whose_ticket", "{}").thenMessage("Sorry.");

    RunResult result = Runner.builder().registry(AgentRegistry.of(Desk.class)).models(model).build().run(Desk.class, "hi");

    assertThat(result.newItems()).contains(ToolOutput.of("call_1", "no ticket"));
  }

  @Test
  void aContextParameterThatCannotHoldAnObjectFailsAtStartupNamingTheMethod() {
    assertThatThrownBy(() -> AgentRegistry.of(PrimitiveContext.class)).isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("PrimitiveContext.x").hasMessageContaining("cannot be a primitive");
    assertThatThrownBy(() -> AgentRegistry.of(AnnotatedRunContext.class)).isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("AnnotatedRunContext.x").hasMessageContaining("needs no @Context");
  }
}
