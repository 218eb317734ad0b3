package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.ModelTuning;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.model.ModelSettings;
import io.microagents.run.RunOptions;
import io.microagents.run.Runner;
import io.microagents.testing.ScriptedModel;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Model settings declared on the agent class reach every request of that agent; bad ones stop startup. */
class ModelTuningTest {

  @Agent(name = "Classifier", instructions = "Classify.")
  @ModelTuning(temperature = 0.2, topP = 0.9, maxOutputTokens = 500, toolChoice = "required", parallelToolCalls = false)
  public static class Classifier {
    @Tool("Files a ticket")
    public String file(@Param(name = "label") String label) {
      return "filed " + label;
    }
  }

  @Agent(name = "Router", handoffs = Classifier.class)
  @ModelTuning(toolChoice = "transfer_to_classifier")
  public static class ForcedHandoff {}

  @Agent(name = "Untuned", handoffs = Classifier.class)
  public static class Untuned {}

  @Test
  void theAnnotationBecomesTheDefinitionsSettings() {
    AgentRegistry registry = AgentRegistry.of(Classifier.class, Untuned.class);

    assertThat(registry.agent("Classifier").modelSettings()).isEqualTo(new ModelSettings(0.2, 0.9, 500, "required", false));
    assertThat(registry.agent("Untuned").modelSettings()).as("unset: the provider's defaults").isEqualTo(ModelSettings.DEFAULT);
  }

  @Test
  void everyRequestOfTheAgentCarriesThemAndTheRunMayOverrideSome() {
    ScriptedModel model = new ScriptedModel().thenToolCall("file", "{\"label\":\"bug\"}").thenMessage("Filed.");
    Runner runner = Runner.builder().registry(AgentRegistry.of(Classifier.class)).models(model).build();

    runner.run(Classifier.class, "It crashes", RunOptions.builder()
        .modelSettings(new ModelSettings(null, null, 100, null, null)).build());

    assertThat(model.requests()).extracting(r -> r.settings())
        .containsOnly(new ModelSettings(0.2, 0.9, 100, "required", false));
  }

  // --- invalid values fail at startup, naming the class and the setting

  @Agent @ModelTuning(temperature = 2.5)
  public static class TooHot {}

  @Agent @ModelTuning(temperature = -0.1)
  public static class TooCold {}

  @Agent @ModelTuning(topP = 1.5)
  public static class TopPTooHigh {}

  @Agent @ModelTuning(maxOutputTokens = -1)
  public static class NegativeTokens {}

  @Agent @ModelTuning(toolChoice = "launch_rocket")
  public static class UnknownToolChoice {
    @Tool public String land() { return "ok"; }
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> reading(Class<?> agentClass) {
    return assertThatThrownBy(() -> AgentRegistry.of(agentClass))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining(agentClass.getName())
        .hasMessageContaining("@ModelTuning");
  }

  @Test
  void invalidValuesFailAtStartup() {
    reading(TooHot.class).hasMessageContaining("temperature must be between 0 and 2, got 2.5");
    reading(TooCold.class).hasMessageContaining("temperature");
    reading(TopPTooHigh.class).hasMessageContaining("topP must be between 0 and 1, got 1.5");
    reading(NegativeTokens.class).hasMessageContaining("maxOutputTokens must be at least 1");
    reading(UnknownToolChoice.class).hasMessageContaining("toolChoice 'launch_rocket'").hasMessageContaining("[land]");
  }

  @Test
  void toolChoiceMayNameAHandoffTool() {
    assertThat(AgentRegistry.of(ForcedHandoff.class).agent("Router").modelSettings().toolChoice())
        .isEqualTo("transfer_to_classifier");
  }

  @Test
  void handBuiltSettingsAreCheckedToo() {
    assertThatThrownBy(() -> new ModelSettings(3.0, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature");
    assertThatThrownBy(() -> new ModelSettings(null, null, 0, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOutputTokens");
  }
}
