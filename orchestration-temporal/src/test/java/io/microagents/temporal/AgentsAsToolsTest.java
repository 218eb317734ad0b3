package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.ToolOutput;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An agent offered as a tool runs its own loop as a child workflow. */
class AgentsAsToolsTest {

  @Agent(instructions = "Translate with your tools.", agentTools = {SpanishAgent.class, FrenchAgent.class})
  public static class OrchestratorAgent {}

  @Agent(instructions = "Translate to Spanish.", handoffDescription = "Translates to Spanish")
  public static class SpanishAgent {}

  @Agent(instructions = "Translate to French.", handoffDescription = "Translates to French")
  public static class FrenchAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void agentToolsRunInParallelAsChildWorkflows() {
    AgentRegistry registry = AgentRegistry.of(OrchestratorAgent.class);
    String spanish = registry.agent("OrchestratorAgent").tools().get(0).name();
    String french = registry.agent("OrchestratorAgent").tools().get(1).name();
    ScriptedModel model = new ScriptedModel();
    model.forAgent("OrchestratorAgent")
        .then(ScriptedStep.toolCall(spanish, "{\"input\":\"Good morning\"}").andToolCall(french, "{\"input\":\"Good morning\"}"))
        .thenMessage("Buenos días / Bonjour");
    model.forAgent("SpanishAgent").thenMessage("Buenos días");
    model.forAgent("FrenchAgent").thenMessage("Bonjour");
    AgentClient client = temporal.start(registry, model);

    String id = client.start("OrchestratorAgent", java.util.List.of(io.microagents.items.Message.user("Translate 'Good morning'")),
        null, temporal.workflowId("translate"));
    RunResult result = client.result(id);

    assertThat(result.newItems()).filteredOn(i -> i instanceof ToolOutput)
        .extracting(i -> ((ToolOutput) i).output()).containsExactly("Buenos días", "Bonjour");
    assertThat(result.usage().requests()).isEqualTo(4);
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall", "ModelCall");
    assertThat(Histories.childWorkflowIds(temporal.history(id)))
        .containsExactly(id + "/SpanishAgent-1", id + "/FrenchAgent-1");
    assertThat(Histories.activityTypes(temporal.history(id + "/SpanishAgent-1"))).containsExactly("ModelCall");
    model.assertAllConsumed();
    temporal.replay(id);
  }

  @Test
  void badArgumentsForAnAgentToolGoBackToTheModel() {
    AgentRegistry registry = AgentRegistry.of(OrchestratorAgent.class);
    String spanish = registry.agent("OrchestratorAgent").tools().get(0).name();
    ScriptedModel model = new ScriptedModel().thenToolCall(spanish, "{\"text\":\"hi\"}").thenMessage("sorry");
    AgentClient client = temporal.start(registry, model);

    RunResult result = client.run("OrchestratorAgent", "Translate hi");

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("input");
  }
}
