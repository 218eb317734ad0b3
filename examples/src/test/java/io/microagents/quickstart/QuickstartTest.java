package io.microagents.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.run.RunResult;
import io.microagents.run.Runner;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.testing.ScriptedModel;
import org.junit.jupiter.api.Test;

/** The code of docs/quickstart.md, section 5, as written there (a scripted model instead of OpenAI). */
class QuickstartTest {

  @Test
  void theAgentRunsInProcessWithTheScriptedModel() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("current_time", "{\"zone\":\"Europe/Paris\"}")
        .thenMessage("It is morning in Paris.");
    Runner runner = Runner.builder().registry(AgentRegistry.of(ClockAgent.class)).models(model).build();

    RunResult result = runner.run(ClockAgent.class, "What time is it in Paris?");

    assertThat(result.finalOutputText()).isEqualTo("It is morning in Paris.");
    model.assertAllConsumed();
  }

  @Test
  void theAgentRunsDurablyOnTheEmbeddedServer() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("current_time", "{\"zone\":\"Europe/Paris\"}")
        .thenMessage("It is morning in Paris.");
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(AgentRegistry.of(ClockAgent.class))
        .models(model)
        .build()) {
      RunResult result = env.client().run(ClockAgent.class, "What time is it in Paris?");
      assertThat(result.finalOutputText()).isEqualTo("It is morning in Paris.");
    }
    model.assertAllConsumed();
  }
}
