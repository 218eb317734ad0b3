package io.microagents.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.GuardrailResult;
import io.microagents.annotations.Agent;
import io.microagents.annotations.InputGuardrail;
import io.microagents.annotations.Instructions;
import io.microagents.annotations.OutputGuardrail;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guardrails, dynamic instructions, hooks, usage and RunState. */
class GuardrailsAndHooksTest {

  public static class NoHomework {
    @InputGuardrail
    public GuardrailResult noHomework(String input) {
      return input.contains("homework") ? GuardrailResult.trip("homework request") : GuardrailResult.pass();
    }
  }

  @Agent(name = "tutor", instructions = "Tutor.", guardrails = NoHomework.class, handoffs = Helper.class)
  public static class Tutor {
    @OutputGuardrail
    public GuardrailResult noSecrets(String output) {
      return output.contains("secret") ? GuardrailResult.trip("leaks a secret") : GuardrailResult.pass();
    }

    @Tool("Echoes")
    public String echo(@Param(name = "text") String text) {
      return text;
    }
  }

  @Agent(name = "helper")
  public static class Helper {
    @Instructions
    public String instructions(RunContext context) {
      return "Help user " + context.context(String.class) + " on turn " + context.turn();
    }
  }

  @Agent(name = "moody")
  public static class Moody {
    @Instructions
    public String instructions() {
      throw new IllegalStateException("prompt store unavailable");
    }
  }

  @Test
  void instructionsMethodThatThrowsStopsTheRunWithATypedError() {
    Runner moody = Runner.builder().registry(AgentRegistry.of(Moody.class)).models(model).build();

    assertThatThrownBy(() -> moody.run(Moody.class, "hi"))
        .isInstanceOf(AgentCodeException.class)
        .hasMessageContaining("moody")
        .hasMessageContaining("prompt store unavailable")
        .satisfies(e -> assertThat(((AgentCodeException) e).state().turn()).isEqualTo(1));
    assertThat(model.requests()).isEmpty();
  }

  @Agent(name = "checked")
  public static class Checked {
    @InputGuardrail
    public GuardrailResult moderation(String input) {
      throw new IllegalStateException("moderation service down");
    }
  }

  @Test
  void guardrailThatThrowsStopsTheRunWithATypedError() {
    Runner checked = Runner.builder().registry(AgentRegistry.of(Checked.class)).models(model).build();

    assertThatThrownBy(() -> checked.run(Checked.class, "hi"))
        .isInstanceOf(AgentCodeException.class)
        .hasMessageContaining("moderation")
        .hasMessageContaining("moderation service down");
  }

  private final ScriptedModel model = new ScriptedModel();
  private final Runner runner = Runner.builder().registry(AgentRegistry.of(Tutor.class)).models(model).build();

  @Test
  void inputGuardrailTripwireStopsTheRunBeforeAnyModelCall() {
    assertThatThrownBy(() -> runner.run(Tutor.class, "do my homework"))
        .isInstanceOf(InputGuardrailTripwireException.class)
        .hasMessageContaining("noHomework")
        .satisfies(e -> assertThat(((InputGuardrailTripwireException) e).state().input()).hasSize(1));
    assertThat(model.requests()).isEmpty();
  }

  @Test
  void outputGuardrailTripwireCarriesThePartialRun() {
    model.thenMessage("the secret is 42");

    assertThatThrownBy(() -> runner.run(Tutor.class, "tell me"))
        .isInstanceOf(OutputGuardrailTripwireException.class)
        .satisfies(e -> {
          OutputGuardrailTripwireException t = (OutputGuardrailTripwireException) e;
          assertThat(t.guardrail()).isEqualTo("noSecrets");
          assertThat(t.info()).isEqualTo("leaks a secret");
          assertThat(t.state().newItems()).hasSize(1);
        });
  }

  @Test
  void dynamicInstructionsSeeTheRunContext() {
    model.thenHandoff("helper").thenMessage("ok");

    runner.run(Tutor.class, "hi", RunOptions.builder().context("ada").build());

    assertThat(model.requests().get(1).instructions()).isEqualTo("Help user ada on turn 2");
  }

  @Test
  void hooksFireInOrderAndUsageAddsUp() {
    List<String> events = new ArrayList<>();
    RunHooks hooks = new RunHooks() {
      @Override public void onAgentStart(RunContext c, String agent) { events.add("agent_start " + agent); }
      @Override public void onAgentEnd(RunContext c, String agent, Object output) { events.add("agent_end " + agent + " " + output); }
      @Override public void onModelStart(RunContext c, String agent, ModelRequest r) { events.add("model_start " + agent); }
      @Override public void onModelEnd(RunContext c, String agent, ModelResponse r) { events.add("model_end " + agent); }
      @Override public void onToolStart(RunContext c, String agent, ToolCall call) { events.add("tool_start " + call.name()); }
      @Override public void onToolEnd(RunContext c, String agent, ToolCall call, ToolOutput o) { events.add("tool_end " + call.name()); }
      @Override public void onHandoff(RunContext c, String from, String to) { events.add("handoff " + from + ">" + to); }
    };
    model.then(ScriptedStep.toolCall("echo", "{\"text\":\"x\"}").withUsage(10, 2))
        .then(ScriptedStep.handoff("helper").withUsage(20, 3))
        .then(ScriptedStep.message("bye").withUsage(30, 4));

    RunResult result = Runner.builder().registry(AgentRegistry.of(Tutor.class)).models(model).hooks(hooks).build()
        .run(Tutor.class, "hi");

    assertThat(events).containsExactly(
        "agent_start tutor",
        "model_start tutor", "model_end tutor", "tool_start echo", "tool_end echo",
        "model_start tutor", "model_end tutor", "handoff tutor>helper", "agent_start helper",
        "model_start helper", "model_end helper", "agent_end helper bye");
    assertThat(result.usage().requests()).isEqualTo(3);
    assertThat(result.usage().inputTokens()).isEqualTo(60);
    assertThat(result.usage().outputTokens()).isEqualTo(9);
    assertThat(result.usage().totalTokens()).isEqualTo(69);
  }

  @Test
  void runStateRoundTripsThroughJacksonAndResumes() throws Exception {
    model.thenToolCall("echo", "{\"text\":\"x\"}").thenToolCall("echo", "{\"text\":\"y\"}");
    RunState state;
    try {
      runner.run(Tutor.class, "hi", RunOptions.builder().maxTurns(2).build());
      throw new AssertionError("expected max turns");
    } catch (MaxTurnsExceededException e) {
      state = e.state();
    }

    String json = Json.write(state);
    RunState back = Json.mapper().readValue(json, RunState.class);
    assertThat(back).isEqualTo(state);

    model.thenMessage("finally");
    RunState more = new RunState(back.startingAgent(), back.currentAgent(), back.input(), back.newItems(),
        back.conversation(), back.historyLength(), back.turn(), 5, back.usage(), back.rawResponses(),
        back.inputGuardrailsChecked(), back.options());
    RunResult result = runner.resume(more);
    assertThat(result.finalOutputText()).isEqualTo("finally");
    assertThat(result.newItems()).hasSize(5);
    assertThat(model.requests().get(2).input()).hasSize(5);
  }
}
