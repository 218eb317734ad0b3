package io.microagents.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.HandoffInputFilter;
import io.microagents.annotations.Agent;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.HandoffCall;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handoffs in one loop: the current agent changes, the conversation is kept or filtered. */
class HandoffLoopTest {

  @Agent(name = "agent1", instructions = "You are agent 1.", handoffDescription = "Answers everything")
  public static class Agent1 {}

  @Agent(name = "agent2", instructions = "You are agent 2.")
  public static class Agent2 {}

  @Agent(name = "agent3", instructions = "You are agent 3.", handoffs = {Agent1.class, Agent2.class})
  public static class Agent3 {
    @Tool("Some tool")
    public String someTool(@Param(name = "a") String a) {
      return "result " + a;
    }
  }

  @Agent(name = "filtering", instructions = "Routes.", handoffs = {Agent1.class})
  public static class Filtering {
    @Tool("Looks up")
    public String lookUp() {
      return "looked up";
    }

    @OnHandoff(value = Agent1.class, inputFilter = HandoffInputFilter.RemoveToolItems.class)
    public void toAgent1() {}
  }

  public record Escalation(String reason, int priority) {}

  @Agent(name = "escalating", instructions = "Escalates.", handoffs = {Agent1.class})
  public static class Escalating {
    static final List<Escalation> SEEN = new ArrayList<>();

    @OnHandoff(Agent1.class)
    public void onEscalate(Escalation escalation, RunContext context) {
      SEEN.add(escalation);
    }
  }

  @Agent(name = "triage", instructions = "Triage.", handoffs = {Specialist.class})
  public static class Triage {}

  @Agent(name = "specialist", instructions = "Specialist.", handoffs = {Triage.class})
  public static class Specialist {}

  private final ScriptedModel model = new ScriptedModel();

  private Runner runner(Class<?>... agents) {
    return Runner.builder().registry(AgentRegistry.of(agents)).models(model).build();
  }

  @Test
  void handoffSwapsTheAgentAndKeepsTheConversation() {
    model.thenToolCall("some_tool", "{\"a\":\"b\"}")
        .then(ScriptedStep.message("a message").andHandoff("agent1"))
        .thenMessage("done");

    RunResult result = runner(Agent3.class).run(Agent3.class, "user_message");

    assertThat(model.requests()).hasSize(3);
    assertThat(model.requests()).extracting(r -> r.agent()).containsExactly("agent3", "agent3", "agent1");
    assertThat(model.requests().get(2).instructions()).isEqualTo("You are agent 1.");
    assertThat(result.lastAgent()).isEqualTo("agent1");
    assertThat(result.finalOutputText()).isEqualTo("done");
    assertThat(result.toInputList()).containsExactly(
        Message.user("user_message"),
        new ToolCall("call_1", "some_tool", "{\"a\":\"b\"}"),
        ToolOutput.of("call_1", "result b"),
        Message.assistant("a message"),
        new HandoffCall("call_2", "transfer_to_agent1", "{}", "agent1"),
        ToolOutput.of("call_2", "{\"assistant\":\"agent1\"}"),
        Message.assistant("done"));
    assertThat(model.requests().get(2).input()).isEqualTo(result.toInputList().subList(0, 6));
    model.assertAllConsumed();
  }

  @Test
  void onlyTheFirstOfTwoHandoffsInOneTurnIsTaken() {
    model.then(ScriptedStep.handoff("agent2").andHandoff("agent1")).thenMessage("agent 2 here");

    RunResult result = runner(Agent3.class).run(Agent3.class, "hi");

    assertThat(result.lastAgent()).isEqualTo("agent2");
    assertThat(result.newItems()).contains(
        ToolOutput.of("call_1", "{\"assistant\":\"agent2\"}"),
        ToolOutput.of("call_2", "Multiple handoffs detected, ignoring this one."));
  }

  @Test
  void inputFilterRemovesToolItemsForTheTarget() {
    model.thenToolCall("look_up", "{}").thenHandoff("agent1").thenMessage("hello from 1");

    RunResult result = runner(Filtering.class).run(Filtering.class, "question");

    assertThat(model.requests().get(2).input()).containsExactly(Message.user("question"));
    assertThat(result.newItems()).hasSize(5);
    assertThat(result.finalOutputText()).isEqualTo("hello from 1");
  }

  @Test
  void onHandoffReceivesTypedInputFromTheModel() {
    Escalating.SEEN.clear();
    model.then(ScriptedStep.handoff("agent1", "{\"reason\":\"angry customer\",\"priority\":2}"))
        .thenMessage("I will help.");

    RunResult result = runner(Escalating.class).run(Escalating.class, "help!");

    assertThat(Escalating.SEEN).containsExactly(new Escalation("angry customer", 2));
    assertThat(result.lastAgent()).isEqualTo("agent1");
    assertThat(model.requests().get(0).tools().get(0).parameters().toString())
        .contains("reason").contains("priority");
  }

  @Test
  void invalidHandoffInputIsReportedAndTheHandoffNotTaken() {
    Escalating.SEEN.clear();
    model.then(ScriptedStep.handoff("agent1", "{\"priority\":\"high\"}")).thenMessage("Staying here.");

    RunResult result = runner(Escalating.class).run(Escalating.class, "help!");

    assertThat(result.lastAgent()).isEqualTo("escalating");
    assertThat(Escalating.SEEN).isEmpty();
    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
  }

  @Test
  void cyclicHandoffsGoBackAndForth() {
    model.thenHandoff("specialist").thenHandoff("triage").thenMessage("back at triage");

    RunResult result = runner(Triage.class).run(Triage.class, "hi");

    assertThat(model.requests()).extracting(r -> r.agent()).containsExactly("triage", "specialist", "triage");
    assertThat(result.lastAgent()).isEqualTo("triage");
  }
}
