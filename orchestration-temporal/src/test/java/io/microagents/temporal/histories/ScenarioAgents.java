package io.microagents.temporal.histories;

import io.microagents.agent.HandoffInputFilter;
import io.microagents.annotations.Agent;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/**
 * The agents of the recorded scenario histories: approvals and questions, a handoff whose
 * input filter drops the tool items, an agent used as a tool, an inline tool.
 * Kept as they are: the recorded histories name them.
 */
final class ScenarioAgents {

  private ScenarioAgents() {}

  @Agent(name = "sc_desk", instructions = "Serve the customer; hand specialist work on.", handoffs = Specialist.class,
      askHuman = true)
  public static class Desk {
    @Tool(value = "Books a trip", needsApproval = true)
    public String book(@Param(name = "to") String to) {
      return "booked " + to;
    }

    @Tool(value = "Adds two numbers", inline = true)
    public int add(@Param(name = "a") int a, @Param(name = "b") int b) {
      return a + b;
    }

    @Tool("Fetches a document of the given size in kilobytes")
    public String fetch(@Param(name = "kb") int kb) {
      return "d".repeat(kb * 1000);
    }

    @OnHandoff(value = Specialist.class, inputFilter = HandoffInputFilter.RemoveToolItems.class)
    public void toSpecialist() {}
  }

  @Agent(name = "sc_specialist", instructions = "Solve it; ask the checker when unsure.", agentTools = Checker.class)
  public static class Specialist {}

  @Agent(name = "sc_checker", instructions = "Check the answer.")
  public static class Checker {}
}
