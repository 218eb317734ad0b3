package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.HandoffCall;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Handoffs happen in workflow code: one loop, one workflow, no activity for the switch. */
class HandoffTest {

  @Agent(instructions = "Hand off to the right agent.", handoffs = {WeatherAgent.class, LocalInfoAgent.class})
  public static class TriageAgent {}

  @Agent(instructions = "Weather questions.", handoffDescription = "Weather", model = "gpt-4o")
  public static class WeatherAgent {
    @Tool("Weather alerts")
    public String getWeatherAlerts() {
      return "none";
    }
  }

  @Agent(instructions = "Local businesses.", handoffDescription = "Opening hours", model = "gpt-4o-mini")
  public static class LocalInfoAgent {}

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void triageHandsOffAndTheTargetAnswersWithItsOwnToolsAndModel() {
    ScriptedModel model = new ScriptedModel()
        .thenHandoff("WeatherAgent")
        .thenToolCall("get_weather_alerts", "{}")
        .thenMessage("No alerts.");
    AgentClient client = temporal.start(AgentRegistry.of(TriageAgent.class), model);

    String id = client.start(TriageAgent.class, "Any weather alerts?");
    RunResult result = client.result(id);

    assertThat(result.lastAgent()).isEqualTo("WeatherAgent");
    assertThat(result.newItems()).filteredOn(i -> i instanceof HandoffCall).hasSize(1);
    var activities = Histories.activities(temporal.history(id));
    assertThat(activities).extracting(Histories.Activity::type)
        .containsExactly("ModelCall", "ModelCall", "get_weather_alerts", "ModelCall");
    assertThat(activities.get(0).summary()).isEqualTo("TriageAgent · default model");
    assertThat(activities.get(1).summary()).isEqualTo("WeatherAgent · gpt-4o");
    assertThat(model.requests().get(1).instructions()).isEqualTo("Weather questions.");
    assertThat(Histories.childWorkflowIds(temporal.history(id))).isEmpty();
    temporal.replay(id);
  }

  @Test
  void twoModelsAcrossAHandoff() {
    ScriptedModel model = new ScriptedModel().thenHandoff("LocalInfoAgent").thenMessage("Costco closes at 8:30 pm.");
    AgentClient client = temporal.start(AgentRegistry.of(TriageAgent.class), model);

    String id = client.start(TriageAgent.class, "How late is Costco open?");
    assertThat(client.result(id).lastAgent()).isEqualTo("LocalInfoAgent");

    assertThat(model.requests()).extracting(r -> r.model()).containsExactly("", "gpt-4o-mini");
    temporal.replay(id);
  }
}
