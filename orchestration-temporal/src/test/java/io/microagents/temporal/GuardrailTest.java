package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.GuardrailResult;
import io.microagents.annotations.Agent;
import io.microagents.annotations.InputGuardrail;
import io.microagents.annotations.OutputGuardrail;
import io.microagents.run.InputGuardrailTripwireException;
import io.microagents.run.OutputGuardrailTripwireException;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Guardrails run in workflow code; a tripwire fails the workflow with a typed, rebuildable failure. */
class GuardrailTest {

  @Agent(instructions = "Help with math homework.")
  public static class TutorAgent {
    @InputGuardrail(name = "no_homework_cheating")
    public GuardrailResult noCheating(String input) {
      return input.contains("solve my exam") ? GuardrailResult.trip("asks to cheat") : GuardrailResult.pass();
    }

    @OutputGuardrail(name = "no_secrets")
    public GuardrailResult noSecrets(String output) {
      return output.contains("password") ? GuardrailResult.trip("leaks a password") : GuardrailResult.pass();
    }
  }

  @Agent(instructions = "unused")
  public static class BrokenPromptAgent {
    @io.microagents.annotations.Instructions
    public String instructions() {
      throw new IllegalStateException("prompt store unavailable");
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void anInstructionsMethodThatThrowsFailsTheRunInsteadOfRetryingItsTaskForever() {
    AgentClient client = temporal.start(AgentRegistry.of(BrokenPromptAgent.class), new ScriptedModel());
    String id = client.start(BrokenPromptAgent.class, "hi");

    io.microagents.run.AgentCodeException e =
        catchThrowableOfType(() -> client.result(id), io.microagents.run.AgentCodeException.class);

    assertThat(e).hasMessageContaining("prompt store unavailable");
    assertThat(Histories.count(temporal.history(id), "EVENT_TYPE_WORKFLOW_TASK_FAILED")).isZero();
    temporal.replay(id);
  }

  @Test
  void anInputTripwireStopsTheRunBeforeAnyModelCall() {
    AgentClient client = temporal.start(AgentRegistry.of(TutorAgent.class), new ScriptedModel());
    String id = client.start(TutorAgent.class, "Please solve my exam");

    InputGuardrailTripwireException e = catchThrowableOfType(() -> client.result(id), InputGuardrailTripwireException.class);

    assertThat(e.guardrail()).isEqualTo("no_homework_cheating");
    assertThat(e.info()).isEqualTo("asks to cheat");
    assertThat(e.state().currentAgent()).isEqualTo("TutorAgent");
    assertThat(Histories.activityTypes(temporal.history(id))).isEmpty();
    temporal.replay(id);
  }

  @Test
  void anOutputTripwireFailsTheRunAfterTheModelAnswered() {
    ScriptedModel model = new ScriptedModel().thenMessage("The password is hunter2");
    AgentClient client = temporal.start(AgentRegistry.of(TutorAgent.class), model);
    String id = client.start(TutorAgent.class, "What is 2+2?");

    OutputGuardrailTripwireException e = catchThrowableOfType(() -> client.result(id), OutputGuardrailTripwireException.class);

    assertThat(e.guardrail()).isEqualTo("no_secrets");
    assertThat(e.state().turn()).isEqualTo(1);
    assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall");
    assertThat(client.state(id).phase()).isEqualTo(RunStatus.Phase.FAILED);
    temporal.replay(id);
  }
}
