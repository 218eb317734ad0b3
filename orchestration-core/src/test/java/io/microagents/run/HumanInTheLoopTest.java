package io.microagents.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.testing.ScriptedModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-process human in the loop: tool approval and clarifying questions via a HumanHandler. */
class HumanInTheLoopTest {

  @Agent(name = "banker", instructions = "Move money carefully.", askHuman = true)
  public static class Banker {
    static final List<Integer> TRANSFERS = new ArrayList<>();

    @Tool(value = "Transfers money", needsApproval = true)
    public String transfer(@Param(name = "amount") int amount) {
      TRANSFERS.add(amount);
      return "transferred " + amount;
    }
  }

  private final ScriptedModel model = new ScriptedModel();

  private Runner runner(HumanHandler human) {
    return Runner.builder().registry(AgentRegistry.of(Banker.class)).models(model).human(human).build();
  }

  private static HumanHandler approvingBelow(int limit, List<String> questions) {
    return new HumanHandler() {
      @Override
      public ApprovalDecision approve(String agent, ToolCall call) {
        return call.arguments().contains("\"amount\":" + limit)
            ? ApprovalDecision.reject("over the limit") : ApprovalDecision.approve();
      }

      @Override
      public String answer(String agent, String question) {
        questions.add(question);
        return "to Bob";
      }
    };
  }

  @Test
  void approvedCallRunsAndRejectedCallDoesNot() {
    Banker.TRANSFERS.clear();
    model.thenToolCall("transfer", "{\"amount\":10}")
        .thenToolCall("transfer", "{\"amount\":5000}")
        .thenMessage("Sent 10; 5000 was refused.");

    RunResult result = runner(approvingBelow(5000, new ArrayList<>())).run(Banker.class, "send money");

    assertThat(Banker.TRANSFERS).containsExactly(10);
    ToolOutput rejected = (ToolOutput) result.newItems().get(3);
    assertThat(rejected.error()).isTrue();
    assertThat(rejected.output()).contains("rejected").contains("over the limit");
  }

  @Test
  void clarifyingQuestionGetsThePersonsAnswer() {
    List<String> questions = new ArrayList<>();
    model.thenToolCall("ask_human", "{\"question\":\"To whom?\"}").thenMessage("Sending to Bob.");

    RunResult result = runner(approvingBelow(0, questions)).run(Banker.class, "send 10");

    assertThat(questions).containsExactly("To whom?");
    assertThat(result.newItems().get(1)).isEqualTo(ToolOutput.of("call_1", "to Bob"));
  }

  @Test
  void withoutAHandlerApprovalsAreRefused() {
    Banker.TRANSFERS.clear();
    model.thenToolCall("transfer", "{\"amount\":10}").thenMessage("Could not send.");

    runner(null).run(Banker.class, "send");

    assertThat(Banker.TRANSFERS).isEmpty();
  }
}
