package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A long agent run continues as new between turns, carrying its state: the result is whole. */
class LongRunContinueAsNewTest {

  @Agent(instructions = "Count with your tool.")
  public static class CounterAgent {
    @Tool("Counts")
    public String count(@Param(name = "n") int n) {
      return "counted " + n;
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void theRunContinuesAsNewEveryTwoModelCallsAndKeepsEverything() {
    ScriptedModel model = new ScriptedModel();
    for (int n = 1; n <= 4; n++) {
      model.thenToolCall("count", "{\"n\":" + n + "}");
    }
    model.thenMessage("Counted to four.");
    AgentClient client = temporal.start(AgentRegistry.of(CounterAgent.class), model,
        MicroagentsOptions.builder().turnsBeforeContinueAsNew(2).build());

    String id = client.start("CounterAgent", List.of(Message.user("Count to four")), null, temporal.workflowId("long-run"));
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo("Counted to four.");
    assertThat(result.input()).containsExactly(Message.user("Count to four"));
    assertThat(result.newItems()).filteredOn(i -> i instanceof ToolOutput)
        .extracting(i -> ((ToolOutput) i).output()).containsExactly("counted 1", "counted 2", "counted 3", "counted 4");
    assertThat(result.usage().requests()).isEqualTo(5);
    assertThat(model.requests()).hasSize(5);
    assertThat(model.requests().get(4).input()).hasSize(9);
    // the latest run made only the last model call
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall");
    assertThat(client.state(id).turn()).isEqualTo(5);
    model.assertAllConsumed();
    temporal.replay(id);
  }
}
