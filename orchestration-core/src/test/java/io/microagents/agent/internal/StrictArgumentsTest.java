package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.annotations.Agent;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.model.Usage;
import io.microagents.run.RunContext;
import io.microagents.schema.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Tool arguments bind as strictly as the tool's strict schema reads: what the schema refuses
 * never reaches the tool, and the error names the tool, the argument and what was wrong.
 */
class StrictArgumentsTest {

  public enum Currency { EUR, USD }

  public record Payment(String to, BigDecimal amount, Currency currency, Optional<String> memo,
      @Nullable String reference, List<String> tags) {}

  public record Escalation(String reason, int priority) {}

  @Agent(name = "Support")
  public static class Support {}

  @Agent(name = "Bank", handoffs = Support.class)
  public static class Bank {
    @Tool("Transfers money")
    public String transfer(@Param(name = "amount") int amount) {
      return "sent " + amount;
    }

    @Tool("Sends a text")
    public String note(@Param(name = "text") String text, @Param(name = "urgent") boolean urgent) {
      return text;
    }

    @Tool("Pays")
    public String pay(@Param(name = "payment") Payment payment) {
      return payment.toString();
    }

    @OnHandoff(Support.class)
    public void escalate(Escalation escalation) {}
  }

  private final AgentDefinition bank = AgentRegistry.of(Bank.class).agent("Bank");

  private String call(String tool, String args) throws Exception {
    return bank.tool(tool).invoker().invoke(args, new RunContext(null, "Bank", 1, Usage.EMPTY));
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refused(String tool, String args) {
    return assertThatThrownBy(() -> call(tool, args))
        .isInstanceOf(ToolArgumentsException.class)
        .hasMessageStartingWith("Invalid")
        .hasMessageContaining("tool " + tool);
  }

  private static final String PAYMENT = "{\"to\":\"Ann\",\"amount\":12.5,\"currency\":\"EUR\",\"memo\":null,"
      + "\"reference\":null,\"tags\":[]}";

  @Test
  void exactArgumentsBind() throws Exception {
    assertThat(call("transfer", "{\"amount\":100}")).isEqualTo("sent 100");
    assertThat(call("pay", "{\"payment\":" + PAYMENT + "}"))
        .isEqualTo("Payment[to=Ann, amount=12.5, currency=EUR, memo=Optional.empty, reference=null, tags=[]]");
  }

  @Test
  void aDuplicateKeyIsRefusedNotTakenLastWins() {
    refused("transfer", "{\"amount\":100, \"amount\":99999}").hasMessageContaining("Duplicate field 'amount'");
    refused("pay", "{\"payment\":" + PAYMENT.replace("\"to\":\"Ann\"", "\"to\":\"Ann\",\"to\":\"Eve\"") + "}")
        .hasMessageContaining("Duplicate field 'to'");
  }

  @Test
  void aStringIsNotANumberNorANumberAString() {
    refused("transfer", "{\"amount\":\"100\"}").hasMessageContaining("argument 'amount'")
        .hasMessageContaining("String value (\"100\")").hasMessageNotContaining("CoercionConfig");
    refused("note", "{\"text\":42,\"urgent\":false}").hasMessageContaining("argument 'text'");
    refused("note", "{\"text\":\"hi\",\"urgent\":\"true\"}").hasMessageContaining("argument 'urgent'");
    refused("note", "{\"text\":\"hi\",\"urgent\":1}").hasMessageContaining("argument 'urgent'");
  }

  @Test
  void aFractionIsNotTruncatedToAnInteger() {
    refused("transfer", "{\"amount\":99.99}").hasMessageContaining("argument 'amount'")
        .hasMessageContaining("Floating-point value (99.99)");
  }

  @Test
  void anUnknownArgumentIsRefused() {
    refused("transfer", "{\"amount\":1,\"fee\":0}").hasMessageContaining("unknown argument 'fee'")
        .hasMessageContaining("[amount]");
    refused("pay", "{\"payment\":" + PAYMENT.replace("}", ",\"iban\":\"X\"}") + "}")
        .hasMessageContaining("argument 'payment'").hasMessageContaining("\"iban\"");
  }

  @Test
  void aMissingOrNullRequiredValueIsRefusedAtAnyDepth() {
    refused("transfer", "{}").hasMessageContaining("missing required argument 'amount'");
    refused("transfer", "{\"amount\":null}").hasMessageContaining("argument 'amount' must not be null");
    refused("pay", "{\"payment\":" + PAYMENT.replace("\"to\":\"Ann\",", "") + "}")
        .hasMessageContaining("argument 'payment'").hasMessageContaining("'to'");
    refused("pay", "{\"payment\":" + PAYMENT.replace("\"Ann\"", "null") + "}")
        .hasMessageContaining("argument 'payment'").hasMessageContaining("null").hasMessageContaining("at to");
    refused("pay", "{\"payment\":" + PAYMENT.replace("[]", "[\"a\",null]") + "}")
        .hasMessageContaining("at tags[1]");
  }

  @Test
  void nullableMembersTakeNullOrAbsence() throws Exception {
    String withoutOptionals = "{\"to\":\"Ann\",\"amount\":1,\"currency\":\"USD\",\"tags\":[\"x\"]}";
    assertThat(call("pay", "{\"payment\":" + withoutOptionals + "}")).contains("memo=Optional.empty, reference=null");
  }

  @Test
  void aNumberIsNotAnEnumConstant() {
    refused("pay", "{\"payment\":" + PAYMENT.replace("\"EUR\"", "0") + "}").hasMessageContaining("at currency");
  }

  @Test
  void notExactlyOneJsonObjectIsRefused() {
    refused("transfer", "{\"amount\":1} {\"amount\":2}").hasMessageContaining("Trailing token");
    refused("transfer", "[1]").hasMessageContaining("expected a JSON object");
  }

  @Test
  void handoffInputBindsAsStrictly() {
    var callback = bank.handoff("transfer_to_support").callback();
    RunContext context = new RunContext(null, "Bank", 1, Usage.EMPTY);
    assertThatThrownBy(() -> callback.onHandoff("{\"reason\":\"angry\",\"priority\":\"2\"}", context))
        .isInstanceOf(ToolArgumentsException.class)
        .hasMessageContaining("handoff transfer_to_support").hasMessageContaining("at priority");
    assertThatThrownBy(() -> callback.onHandoff("{\"reason\":\"a\",\"reason\":\"b\",\"priority\":2}", context))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("Duplicate field 'reason'");
    assertThatThrownBy(() -> callback.onHandoff("{\"reason\":\"a\",\"priority\":2,\"vip\":true}", context))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("\"vip\"");
    assertThatThrownBy(() -> callback.onHandoff("{\"reason\":\"a\",\"priority\":2.5}", context))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("at priority");
  }
}
