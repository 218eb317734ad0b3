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
import java.util.Optional;
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

    @Tool(value = "Pays a bill", needsApproval = true)
    public String pay(@Param(name = "payee") String payee, @Param(name = "amount") int amount,
        @Param(name = "memo") Optional<String> memo) {
      return "paid " + amount + " to " + payee;
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

  /** Approves everything, keeping the calls it was shown. */
  private static HumanHandler approvingAll(List<ToolCall> shown) {
    return new HumanHandler() {
      @Override
      public ApprovalDecision approve(String agent, ToolCall call) {
        shown.add(call);
        return ApprovalDecision.approve();
      }

      @Override
      public String answer(String agent, String question) {
        return "";
      }
    };
  }

  @Test
  void thePersonApprovesTheArgumentsAsTheyWillBeBoundInKeyOrder() {
    List<ToolCall> shown = new ArrayList<>();
    model.thenToolCall("pay", "{\"payee\":\"Gas Co\", \"amount\":80}").thenMessage("Paid.");

    RunResult result = runner(approvingAll(shown)).run(Banker.class, "pay the gas bill");

    assertThat(shown).containsExactly(new ToolCall("call_1", "pay", "{\"amount\":80,\"memo\":null,\"payee\":\"Gas Co\"}"));
    assertThat(result.newItems().get(0)).isEqualTo(new ToolCall("call_1", "pay", "{\"payee\":\"Gas Co\", \"amount\":80}"));
    assertThat(result.newItems().get(1)).isEqualTo(ToolOutput.of("call_1", "paid 80 to Gas Co"));
  }

  @Test
  void argumentsThatDoNotBindFailBeforeAnyoneIsAsked() {
    List<ToolCall> shown = new ArrayList<>();
    model.thenToolCall("pay", "{\"payee\":\"Gas Co\",\"amount\":80,\"extra\":1}")
        .thenToolCall("pay", "{\"payee\":\"Gas Co\",\"amount\":80,\"amount\":99999}")
        .thenMessage("I could not pay.");

    RunResult result = runner(approvingAll(shown)).run(Banker.class, "pay the gas bill");

    assertThat(shown).isEmpty();
    List<ToolOutput> outputs = result.newItems().stream().filter(i -> i instanceof ToolOutput).map(i -> (ToolOutput) i).toList();
    assertThat(outputs).allSatisfy(o -> assertThat(o.error()).isTrue());
    assertThat(outputs.get(0).output()).isEqualTo(
        "Error: Invalid arguments for tool pay: unknown argument 'extra'; the tool takes [payee, amount, memo]");
    assertThat(outputs.get(1).output()).contains("tool pay").contains("Duplicate field 'amount'");
  }

  @Test
  void withoutAHandlerApprovalsAreRefused() {
    Banker.TRANSFERS.clear();
    model.thenToolCall("transfer", "{\"amount\":10}").thenMessage("Could not send.");

    runner(null).run(Banker.class, "send");

    assertThat(Banker.TRANSFERS).isEmpty();
  }
}
