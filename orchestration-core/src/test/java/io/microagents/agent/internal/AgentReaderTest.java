package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentFactory;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.GuardrailDefinition;
import io.microagents.agent.GuardrailResult;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.HandoffInputFilter;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.ToolDefinition;
import io.microagents.agent.ToolUseBehavior;
import io.microagents.annotations.Agent;
import io.microagents.annotations.InputGuardrail;
import io.microagents.annotations.Instructions;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.OutputGuardrail;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.json.Json;
import io.microagents.model.Usage;
import io.microagents.run.RunContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading valid {@code @Agent} classes into definitions. */
class AgentReaderTest {

  public record Escalation(String reason, int priority) {}

  public record Verdict(boolean approved, String reason) {}

  @Agent(name = "Triage", instructions = "Route the request.", handoffDescription = "Routes requests", model = "gpt-4o",
      maxTurns = 5, handoffs = {Specialist.class, SeatBookingAgent.class}, agentTools = Translator.class)
  public static class Triage {
    public final List<Object> handedOff = new ArrayList<>();

    @OnHandoff(value = Specialist.class, inputFilter = HandoffInputFilter.RemoveToolItems.class, description = "Escalate")
    public void toSpecialist(Escalation escalation, RunContext context) {
      handedOff.add(escalation);
      handedOff.add(context.agent());
    }

    @Tool(value = "Looks up the booking", inline = true)
    public String getBookingStatus(@Param(name = "bookingId", value = "The booking id") String bookingId) {
      return "confirmed";
    }

    @Tool(name = "cancel")
    public String cancelBooking(@Param(name = "bookingId") String bookingId) {
      return "cancelled";
    }

    @InputGuardrail
    public GuardrailResult noPasswords(String text) {
      return text.contains("password") ? GuardrailResult.trip(text) : GuardrailResult.pass(text);
    }

    @InputGuardrail(name = "short")
    public GuardrailResult fewItems(List<Item> items, RunContext context) {
      return items.size() > 3 ? GuardrailResult.trip("too long") : GuardrailResult.pass(context.agent());
    }
  }

  @Agent(handoffDescription = "Handles hard cases", handoffs = Triage.class)
  public static class Specialist {}

  @Agent(name = "Seat Booking Agent")
  public static class SeatBookingAgent {}

  @Agent(handoffDescription = "Translates text")
  public static class Translator {}

  @Agent
  public static class Summarizer {}

  @Agent(agentTools = Summarizer.class, instructionsResource = "/prompts/planner.md")
  public static class Planner {}

  public static class Policy {
    @OutputGuardrail(name = "policy")
    public GuardrailResult asJson(String output, RunContext context) {
      return GuardrailResult.pass(output);
    }
  }

  @Agent(instructionsResource = "reviewer.md", outputType = Verdict.class, guardrails = Policy.class,
      toolUseBehavior = ToolUseBehavior.STOP_AT_TOOLS, stopAtTools = "approve")
  public static class Reviewer {
    @Tool
    public Verdict approve() {
      return new Verdict(true, "fine");
    }

    @OutputGuardrail
    public GuardrailResult mustHaveReason(Verdict verdict) {
      return verdict.reason().isEmpty() ? GuardrailResult.trip("no reason") : GuardrailResult.pass();
    }
  }

  @Agent
  public static class Dynamic {
    @Instructions
    public String instructions(RunContext context) {
      return "You are " + context.agent() + " at turn " + context.turn();
    }
  }

  private static RunContext context(String agent) {
    return new RunContext(null, agent, 2, Usage.EMPTY);
  }

  private final AgentRegistry registry = AgentRegistry.of(Triage.class, Reviewer.class, Dynamic.class, Planner.class);

  @Test
  void readsTheAgentAnnotation() {
    AgentDefinition triage = registry.agent(Triage.class);
    assertThat(triage.name()).isEqualTo("Triage");
    assertThat(triage.instructions()).isEqualTo("Route the request.");
    assertThat(triage.dynamicInstructions()).isNull();
    assertThat(triage.handoffDescription()).isEqualTo("Routes requests");
    assertThat(triage.model()).isEqualTo("gpt-4o");
    assertThat(triage.maxTurns()).isEqualTo(5);
    assertThat(triage.outputType()).isEqualTo(String.class);
    assertThat(triage.outputSpec()).isNull();
    assertThat(triage.agentClass()).isEqualTo(Triage.class);
  }

  @Test
  void nameDefaultsToTheSimpleClassName() {
    assertThat(registry.nameOf(Specialist.class)).isEqualTo("Specialist");
    assertThat(registry.agent("Specialist").handoffDescription()).isEqualTo("Handles hard cases");
  }

  @Test
  void referencedAgentsAreRegisteredAndCyclesAreValid() {
    assertThat(registry.agents()).extracting(AgentDefinition::name).containsExactly(
        "Triage", "Reviewer", "Dynamic", "Planner", "Specialist", "Seat Booking Agent", "Translator", "Summarizer");
    assertThat(registry.agent("Specialist").handoffs()).extracting(HandoffDefinition::targetAgent).containsExactly("Triage");
  }

  @Test
  void instructionsFromResources() {
    assertThat(registry.agent(Reviewer.class).instructions()).isEqualTo("You review proposals.\nAnswer with a verdict.\n");
    assertThat(registry.agent(Planner.class).instructions()).isEqualTo("Plan the trip.");
  }

  @Test
  void dynamicInstructionsGetTheRunContext() throws Exception {
    assertThat(registry.agent(Dynamic.class).dynamicInstructions().instructions(context("Dynamic")))
        .isEqualTo("You are Dynamic at turn 2");
  }

  @Test
  void toolsFromMethods() {
    ToolDefinition status = registry.agent(Triage.class).tool("get_booking_status");
    assertThat(status.kind()).isEqualTo(ToolDefinition.Kind.FUNCTION);
    assertThat(status.spec().description()).isEqualTo("Looks up the booking");
    assertThat(status.spec().strict()).isTrue();
    assertThat(status.inline()).isTrue();
    assertThat(status.needsApproval()).isFalse();
    assertThat(status.method().getName()).isEqualTo("getBookingStatus");
    assertThat(status.spec().parameters()).isEqualTo(Json.parse(
        "{\"type\":\"object\",\"properties\":{\"bookingId\":{\"type\":\"string\",\"description\":\"The booking id\"}},"
            + "\"required\":[\"bookingId\"],\"additionalProperties\":false}"));
    ToolDefinition cancel = registry.agent(Triage.class).tool("cancel");
    assertThat(cancel.inline()).isFalse();
    assertThat(cancel.spec().description()).isEmpty();
  }

  @Test
  void handoffWithoutCallback() {
    HandoffDefinition seat = registry.agent(Triage.class).handoff("transfer_to_seat_booking_agent");
    assertThat(seat.targetAgent()).isEqualTo("Seat Booking Agent");
    assertThat(seat.spec().description()).isEqualTo("Handoff to the Seat Booking Agent agent to handle the request.");
    assertThat(seat.spec().strict()).isTrue();
    assertThat(seat.spec().parameters()).isEqualTo(
        Json.parse("{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}"));
    assertThat(seat.callback()).isNull();
    assertThat(seat.inputFilter()).isInstanceOf(HandoffInputFilter.KeepAll.class);
  }

  @Test
  void defaultHandoffDescriptionIncludesTheTargetsDescription() {
    HandoffDefinition back = registry.agent("Specialist").handoff("transfer_to_triage");
    assertThat(back.spec().description()).isEqualTo("Handoff to the Triage agent to handle the request. Routes requests");
  }

  @Test
  void onHandoffWithTypedInput() throws Exception {
    HandoffDefinition specialist = registry.agent(Triage.class).handoff("transfer_to_specialist");
    assertThat(specialist.spec().description()).isEqualTo("Escalate");
    assertThat(specialist.inputFilter()).isInstanceOf(HandoffInputFilter.RemoveToolItems.class);
    assertThat(specialist.spec().parameters().get("required")).isEqualTo(Json.parse("[\"reason\",\"priority\"]"));
    assertThat(specialist.spec().parameters().get("additionalProperties").asBoolean()).isFalse();

    specialist.callback().onHandoff("{\"reason\":\"angry\",\"priority\":2}", context("Triage"));
    Triage triage = (Triage) ((MethodToolInvoker) registry.agent(Triage.class).tool("cancel").invoker()).target();
    assertThat(triage.handedOff).containsExactly(new Escalation("angry", 2), "Triage");

    assertThatThrownBy(() -> specialist.callback().onHandoff("{\"priority\":\"high\"}", context("Triage")))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("transfer_to_specialist");
    assertThatThrownBy(() -> specialist.callback().onHandoff("not json", context("Triage")))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("transfer_to_specialist");
  }

  @Test
  void agentsAsTools() {
    ToolDefinition translator = registry.agent(Triage.class).tool("translator");
    assertThat(translator.kind()).isEqualTo(ToolDefinition.Kind.AGENT);
    assertThat(translator.agentTool()).isEqualTo("Translator");
    assertThat(translator.spec().description()).isEqualTo("Translates text");
    assertThat(translator.spec().parameters()).isEqualTo(Json.parse(
        "{\"type\":\"object\",\"properties\":{\"input\":{\"type\":\"string\"}},"
            + "\"required\":[\"input\"],\"additionalProperties\":false}"));
    assertThat(registry.agent(Planner.class).tool("summarizer").spec().description()).isEqualTo("Run the Summarizer agent");
  }

  @Test
  void structuredOutputAndStopAtTools() {
    AgentDefinition reviewer = registry.agent(Reviewer.class);
    assertThat(reviewer.outputType()).isEqualTo(Verdict.class);
    assertThat(reviewer.outputSpec().name()).isEqualTo("Verdict");
    assertThat(reviewer.outputSpec().strict()).isTrue();
    assertThat(reviewer.outputSpec().schema().get("required")).isEqualTo(Json.parse("[\"approved\",\"reason\"]"));
    assertThat(reviewer.toolUseBehavior()).isEqualTo(ToolUseBehavior.STOP_AT_TOOLS);
    assertThat(reviewer.stopAtTools()).containsExactly("approve");
  }

  @Test
  void inputGuardrailsGetUserTextOrItems() throws Exception {
    List<GuardrailDefinition> guardrails = registry.agent(Triage.class).inputGuardrails();
    // reflection has no declaration order: methods are read sorted by name (fewItems, noPasswords)
    assertThat(guardrails).extracting(GuardrailDefinition::name).containsExactly("short", "noPasswords");
    List<Item> input = List.of(Message.system("be nice"), Message.user("hello"), Message.assistant("hi"),
        Message.user("my password is x"));
    GuardrailResult text = guardrails.get(1).function().check(input, context("Triage"));
    assertThat(text.tripwireTriggered()).isTrue();
    assertThat(text.info()).isEqualTo("hello\nmy password is x");
    GuardrailResult items = guardrails.get(0).function().check(input, context("Triage"));
    assertThat(items).isEqualTo(GuardrailResult.trip("too long"));
    assertThat(guardrails.get(0).function().check(input.subList(0, 2), context("Triage")))
        .isEqualTo(GuardrailResult.pass("Triage"));
  }

  @Test
  void outputGuardrailsFromTheAgentAndGuardrailClasses() throws Exception {
    List<GuardrailDefinition> guardrails = registry.agent(Reviewer.class).outputGuardrails();
    assertThat(guardrails).extracting(GuardrailDefinition::name).containsExactly("mustHaveReason", "policy");
    Verdict verdict = new Verdict(true, "");
    assertThat(guardrails.get(0).function().check(verdict, context("Reviewer")).tripwireTriggered()).isTrue();
    assertThat(guardrails.get(1).function().check(verdict, context("Reviewer")).info())
        .isEqualTo("{\"approved\":true,\"reason\":\"\"}");
  }

  @Test
  void instancesComeFromTheFactoryOncePerClass() {
    Map<Class<?>, Integer> created = new HashMap<>();
    AgentFactory counting = type -> {
      created.merge(type, 1, Integer::sum);
      return type.getDeclaredConstructor().newInstance();
    };
    AgentRegistry.builder().register(Triage.class, Reviewer.class).factory(counting).build();
    assertThat(created).containsEntry(Triage.class, 1).containsEntry(Reviewer.class, 1).containsEntry(Policy.class, 1)
        .containsEntry(Specialist.class, 1);
  }
}
