package io.microagents.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolUseBehavior;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Final outputs: structured output, tool-use behaviours, max turns, agents as tools. */
class OutputAndBehaviorTest {

  public record Plan(String summary, List<String> searches) {}

  @Agent(name = "planner", instructions = "Plan searches.", outputType = Plan.class)
  public static class Planner {}

  @Agent(name = "stopper", instructions = "x", toolUseBehavior = ToolUseBehavior.STOP_ON_FIRST_TOOL)
  public static class Stopper {
    @Tool("Adds")
    public int add(@Param(name = "a") int a, @Param(name = "b") int b) {
      return a + b;
    }
  }

  @Agent(name = "stop_at", instructions = "x", toolUseBehavior = ToolUseBehavior.STOP_AT_TOOLS,
      stopAtTools = {"final_answer"})
  public static class StopAt {
    @Tool("Looks something up")
    public String lookUp(@Param(name = "q") String q) {
      return "found " + q;
    }

    @Tool("Gives the final answer")
    public String finalAnswer(@Param(name = "text") String text) {
      return text.toUpperCase();
    }
  }

  @Agent(name = "spanish", instructions = "Translate to Spanish.", handoffDescription = "Translates to Spanish")
  public static class Spanish {}

  @Agent(name = "orchestrator", instructions = "Use your tools.", agentTools = {Spanish.class})
  public static class Orchestrator {}

  private final ScriptedModel model = new ScriptedModel();

  private Runner runner(Class<?>... agents) {
    return Runner.builder().registry(AgentRegistry.of(agents)).models(model).build();
  }

  @Test
  void structuredOutputIsParsedToItsType() {
    model.thenMessage("{\"summary\":\"two searches\",\"searches\":[\"a\",\"b\"]}");

    RunResult result = runner(Planner.class).run(Planner.class, "plan");

    assertThat(result.finalOutput(Plan.class)).isEqualTo(new Plan("two searches", List.of("a", "b")));
    assertThat(model.requests().get(0).output().strict()).isTrue();
    assertThat(model.requests().get(0).output().schema().toString()).contains("searches");
  }

  @Test
  void invalidStructuredOutputIsATypedError() {
    model.thenMessage("{\"summary\": not json");

    assertThatThrownBy(() -> runner(Planner.class).run(Planner.class, "plan"))
        .isInstanceOf(ModelBehaviorException.class)
        .hasMessageContaining("planner")
        .hasMessageContaining("Plan")
        .satisfies(e -> assertThat(((ModelBehaviorException) e).state().turn()).isEqualTo(1));
  }

  @Test
  void refusalWhereStructuredOutputIsRequiredIsATypedError() {
    model.then(ScriptedStep.refusal("I can't help with that."));

    assertThatThrownBy(() -> runner(Planner.class).run(Planner.class, "plan"))
        .isInstanceOf(ModelBehaviorException.class)
        .hasMessageContaining("refused");
  }

  @Test
  void stopOnFirstToolEndsWithTheToolOutput() {
    model.thenToolCall("add", "{\"a\":2,\"b\":3}");

    RunResult result = runner(Stopper.class).run(Stopper.class, "2+3");

    assertThat(result.finalOutputText()).isEqualTo("5");
    model.assertAllConsumed();
  }

  @Test
  void stopAtToolsEndsOnlyAtTheNamedTool() {
    model.thenToolCall("look_up", "{\"q\":\"x\"}").thenToolCall("final_answer", "{\"text\":\"yes\"}");

    RunResult result = runner(StopAt.class).run(StopAt.class, "go");

    assertThat(result.finalOutputText()).isEqualTo("YES");
    assertThat(model.requests()).hasSize(2);
  }

  @Agent(name = "looker", instructions = "x")
  public static class Looker {
    @Tool("Looks something up")
    public String lookUp(@Param(name = "q") String q) {
      return "found " + q;
    }
  }

  @Test
  void runLlmAgainIsTheDefault() {
    model.thenToolCall("look_up", "{\"q\":\"x\"}").thenMessage("It was found.");

    RunResult result = runner(Looker.class).run(Looker.class, "go");

    assertThat(result.finalOutputText()).isEqualTo("It was found.");
    assertThat(model.requests()).hasSize(2);
    assertThat(model.requests().get(1).input()).contains(io.microagents.items.ToolOutput.of("call_1", "found x"));
  }

  @Test
  void maxTurnsStopsTheRunWithItsState() {
    for (int i = 0; i < 3; i++) {
      model.thenToolCall("look_up", "{\"q\":\"" + i + "\"}");
    }

    assertThatThrownBy(() -> runner(StopAt.class).run(StopAt.class, "go",
            RunOptions.builder().maxTurns(3).build()))
        .isInstanceOf(MaxTurnsExceededException.class)
        .hasMessageContaining("3")
        .satisfies(e -> {
          RunState state = ((MaxTurnsExceededException) e).state();
          assertThat(state.turn()).isEqualTo(3);
          assertThat(state.newItems()).hasSize(6);
        });
    model.assertAllConsumed();
  }

  @Test
  void emptyResponsesUseUpTurnsUntilMaxTurns() {
    model.then(ScriptedStep.empty()).then(ScriptedStep.empty());

    assertThatThrownBy(() -> runner(Spanish.class).run(Spanish.class, "hola",
            RunOptions.builder().maxTurns(2).build()))
        .isInstanceOf(MaxTurnsExceededException.class);
  }

  @Test
  void agentAsToolRunsItsOwnLoopOnAFreshInput() {
    model.forAgent("orchestrator")
        .thenToolCall("spanish", "{\"input\":\"good morning\"}")
        .thenMessage("In Spanish: buenos días");
    model.forAgent("spanish").then(ScriptedStep.message("buenos días").withUsage(7, 3));

    RunResult result = runner(Orchestrator.class).run(Orchestrator.class, "Translate good morning");

    assertThat(result.finalOutputText()).isEqualTo("In Spanish: buenos días");
    assertThat(model.requests("spanish").get(0).input())
        .containsExactly(io.microagents.items.Message.user("good morning"));
    assertThat(result.lastAgent()).isEqualTo("orchestrator");
    assertThat(result.usage().requests()).isEqualTo(3);
    assertThat(result.usage().inputTokens()).isEqualTo(7);
    model.assertAllConsumed();
  }
}
