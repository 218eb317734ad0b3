package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.GuardrailResult;
import io.microagents.agent.HandoffDefinition;
import io.microagents.agent.HandoffInputData;
import io.microagents.agent.HandoffInputFilter;
import io.microagents.agent.ToolUseBehavior;
import io.microagents.annotations.Agent;
import io.microagents.annotations.InputGuardrail;
import io.microagents.annotations.Instructions;
import io.microagents.annotations.OnHandoff;
import io.microagents.annotations.OutputGuardrail;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.model.ToolSpec;
import io.microagents.schema.JsonSchemas;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Each invalid declaration fails at startup with a message naming the class and the member. */
class DeclarationErrorsTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> reading(Class<?> agentClass) {
    return assertThatThrownBy(() -> AgentRegistry.of(agentClass))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining(agentClass.getName());
  }

  public record Input(String reason) {}

  @Agent public static class Target {}

  public static class NotAnAgent {}

  // --- agent-level declarations

  @Agent(instructionsResource = "no/such/prompt.md")
  public static class MissingResource {}

  @Test
  void missingInstructionsResource() {
    reading(MissingResource.class).hasMessageContaining("no/such/prompt.md");
  }

  @Agent(instructions = "Hi", instructionsResource = "prompt.md")
  public static class InstructionsTwice {}

  @Test
  void instructionsAndResourceTogether() {
    reading(InstructionsTwice.class).hasMessageContaining("instructionsResource");
  }

  @Agent
  public static class BadInstructionsMethod {
    @Instructions
    public int instructions() { return 1; }
  }

  @Test
  void instructionsMethodMustReturnString() {
    reading(BadInstructionsMethod.class).hasMessageContaining("instructions").hasMessageContaining("must return String");
  }

  @Agent(toolUseBehavior = ToolUseBehavior.STOP_AT_TOOLS, stopAtTools = "launch")
  public static class UnknownStopTool {
    @Tool public String land() { return "ok"; }
  }

  @Test
  void stopAtToolsMustNameATool() {
    reading(UnknownStopTool.class).hasMessageContaining("'launch'").hasMessageContaining("land");
  }

  @Agent(toolUseBehavior = ToolUseBehavior.STOP_AT_TOOLS)
  public static class StopAtNothing {}

  @Test
  void stopAtToolsBehaviourNeedsTools() {
    reading(StopAtNothing.class).hasMessageContaining("stopAtTools");
  }

  @Agent(outputType = Object.class) public static class ObjectOutput {}
  @Agent(outputType = Runnable.class) public static class InterfaceOutput {}
  @Agent(outputType = Map.class) public static class MapOutput {}
  @Agent(outputType = int.class) public static class PrimitiveOutput {}

  @Test
  void outputTypeWithoutSchema() {
    reading(ObjectOutput.class).hasMessageContaining("outputType java.lang.Object");
    reading(InterfaceOutput.class).hasMessageContaining("outputType java.lang.Runnable");
    reading(MapOutput.class).hasMessageContaining("outputType java.util.Map");
    reading(PrimitiveOutput.class).hasMessageContaining("outputType int");
  }

  @Agent
  public static class NoDefaultConstructor {
    public NoDefaultConstructor(String client) {}
  }

  @Test
  void instanceCannotBeCreated() {
    reading(NoDefaultConstructor.class).hasMessageContaining("AgentFactory");
  }

  @Test
  void classWithoutAgentAnnotation() {
    reading(NotAnAgent.class).hasMessageContaining("not annotated with @Agent");
  }

  // --- tools

  @Agent
  public static class PrivateTool {
    @Tool String secret() { return ""; }
  }

  @Test
  void toolMustBePublic() {
    reading(PrivateTool.class).hasMessageContaining("secret").hasMessageContaining("must be public");
  }

  @Agent
  public static class DuplicateTools {
    @Tool public String getWeather() { return ""; }
    @Tool(name = "get_weather") public String weatherNow() { return ""; }
  }

  @Test
  void twoToolsWithOneName() {
    reading(DuplicateTools.class).hasMessageContaining("'get_weather'")
        .hasMessageContaining(DuplicateTools.class.getName() + ".getWeather")
        .hasMessageContaining(DuplicateTools.class.getName() + ".weatherNow");
  }

  @Agent(handoffs = Target.class)
  public static class ToolClashesWithHandoff {
    @Tool public String transferToTarget() { return ""; }
  }

  @Test
  void toolNameTakenByAHandoff() {
    reading(ToolClashesWithHandoff.class).hasMessageContaining("'transfer_to_target'")
        .hasMessageContaining("transferToTarget").hasMessageContaining("handoff to Target");
  }

  @Agent
  public static class InvalidToolName {
    @Tool(name = "get weather!") public String weather() { return ""; }
  }

  @Test
  void toolNameMustBeValid() {
    reading(InvalidToolName.class).hasMessageContaining("weather").hasMessageContaining("'get weather!'");
  }

  @Agent
  public static class UnnamedParameter {
    @Tool public String weather(@Param(name = "city") String city, int days) { return ""; }
  }

  @Test
  void parameterWithoutName() {
    // test classes are compiled without -parameters, so only @Param names exist
    reading(UnnamedParameter.class).hasMessageContaining(".weather").hasMessageContaining("parameter 1")
        .hasMessageContaining("@Param(name = \"...\")");
  }

  @Agent
  public static class DuplicateParameterNames {
    @Tool public String weather(@Param(name = "city") String a, @Param(name = "city") String b) { return ""; }
  }

  @Test
  void twoParametersWithOneName() {
    reading(DuplicateParameterNames.class).hasMessageContaining(".weather").hasMessageContaining("'city'");
  }

  @Agent public static class ObjectParam { @Tool public void t(@Param(name = "value") Object value) {} }
  @Agent public static class IntKeyMapParam { @Tool public void t(@Param(name = "value") Map<Integer, String> value) {} }
  @Agent public static class StringKeyMapParam { @Tool public void t(@Param(name = "value") Map<String, String> value) {} }
  @Agent public static class FunctionParam { @Tool public void t(@Param(name = "value") Runnable value) {} }
  @Agent public static class ThreadParam { @Tool public void t(@Param(name = "value") Thread value) {} }
  @Agent public static class RawListParam { @Tool public void t(@Param(name = "value") @SuppressWarnings("rawtypes") List value) {} }
  @Agent public static class WildcardParam { @Tool public void t(@Param(name = "value") List<?> value) {} }

  @Test
  void unsupportedParameterTypes() {
    for (Class<?> c : List.of(ObjectParam.class, IntKeyMapParam.class, StringKeyMapParam.class, FunctionParam.class,
        ThreadParam.class, RawListParam.class, WildcardParam.class)) {
      reading(c).hasMessageContaining(c.getName() + ".t").hasMessageContaining("parameter 'value'")
          .hasMessageContaining("unsupported type");
    }
  }

  // --- handoffs and agent tools

  @Agent(handoffs = NotAnAgent.class)
  public static class HandoffToNonAgent {}

  @Test
  void handoffTargetMustBeAnAgent() {
    reading(HandoffToNonAgent.class)
        .hasMessageContaining("handoff to " + NotAnAgent.class.getName() + " which is not an @Agent class");
  }

  @Agent(agentTools = NotAnAgent.class)
  public static class AgentToolNotAnAgent {}

  @Test
  void agentToolMustBeAnAgent() {
    reading(AgentToolNotAnAgent.class).hasMessageContaining(NotAnAgent.class.getName() + " which is not an @Agent class");
  }

  @Agent
  public static class OnHandoffForUnlistedTarget {
    @OnHandoff(Target.class) public void toTarget() {}
  }

  @Test
  void onHandoffTargetMustBeAHandoff() {
    reading(OnHandoffForUnlistedTarget.class).hasMessageContaining(".toTarget").hasMessageContaining("handoffs");
  }

  @Agent(handoffs = Target.class)
  public static class OnHandoffReturnsValue {
    @OnHandoff(Target.class) public String toTarget() { return ""; }
  }

  @Agent(handoffs = Target.class)
  public static class OnHandoffTwoInputs {
    @OnHandoff(Target.class) public void toTarget(Input a, Input b) {}
  }

  @Agent(handoffs = Target.class)
  public static class OnHandoffScalarInput {
    @OnHandoff(Target.class) public void toTarget(String reason) {}
  }

  @Agent(handoffs = Target.class)
  public static class OnHandoffNotPublic {
    @OnHandoff(Target.class) void toTarget() {}
  }

  @Test
  void onHandoffSignature() {
    reading(OnHandoffReturnsValue.class).hasMessageContaining(".toTarget").hasMessageContaining("void");
    reading(OnHandoffTwoInputs.class).hasMessageContaining(".toTarget").hasMessageContaining("one input");
    reading(OnHandoffScalarInput.class).hasMessageContaining(".toTarget").hasMessageContaining("not an object type");
    reading(OnHandoffNotPublic.class).hasMessageContaining(".toTarget").hasMessageContaining("public");
  }

  public static class FilterWithoutDefaultConstructor implements HandoffInputFilter {
    public FilterWithoutDefaultConstructor(int x) {}

    @Override
    public HandoffInputData filter(HandoffInputData data) { return data; }
  }

  @Agent(handoffs = Target.class)
  public static class BadInputFilter {
    @OnHandoff(value = Target.class, inputFilter = FilterWithoutDefaultConstructor.class) public void toTarget() {}
  }

  @Test
  void inputFilterNeedsNoArgConstructor() {
    reading(BadInputFilter.class).hasMessageContaining(".toTarget").hasMessageContaining("FilterWithoutDefaultConstructor");
  }

  @Test
  void handoffToAnUnregisteredAgentName() {
    AgentDefinition handBuilt = AgentDefinition.builder("lonely")
        .handoff(new HandoffDefinition(new ToolSpec("transfer_to_ghost", "", JsonSchemas.emptyObjectSchema(), true),
            "ghost", null, null))
        .build();
    assertThatThrownBy(() -> AgentRegistry.builder().register(handBuilt).build())
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("'lonely'").hasMessageContaining("'ghost'");
  }

  @Agent(name = "Twin") public static class TwinA {}
  @Agent(name = "Twin") public static class TwinB {}

  @Test
  void twoAgentsWithOneName() {
    assertThatThrownBy(() -> AgentRegistry.of(TwinA.class, TwinB.class))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining(TwinA.class.getName()).hasMessageContaining(TwinB.class.getName());
  }

  // --- guardrails

  @Agent
  public static class InputGuardrailWrongParameter {
    @InputGuardrail public GuardrailResult check(int input) { return GuardrailResult.pass(); }
  }

  @Agent
  public static class InputGuardrailWrongReturn {
    @InputGuardrail public boolean check(String input) { return true; }
  }

  public record Report(String text) {}

  public record Other(String text) {}

  @Agent(outputType = Report.class)
  public static class OutputGuardrailWrongType {
    @OutputGuardrail public GuardrailResult check(Other output) { return GuardrailResult.pass(); }
  }

  @Agent
  public static class OutputGuardrailNotPublic {
    @OutputGuardrail GuardrailResult check(String output) { return GuardrailResult.pass(); }
  }

  @Test
  void guardrailSignatures() {
    reading(InputGuardrailWrongParameter.class).hasMessageContaining(".check").hasMessageContaining("@InputGuardrail");
    reading(InputGuardrailWrongReturn.class).hasMessageContaining(".check").hasMessageContaining("GuardrailResult");
    reading(OutputGuardrailWrongType.class).hasMessageContaining(".check").hasMessageContaining("Report");
    reading(OutputGuardrailNotPublic.class).hasMessageContaining(".check").hasMessageContaining("public");
  }

  public static class BadGuardrails {
    @InputGuardrail public GuardrailResult check(String input, String extra) { return GuardrailResult.pass(); }
  }

  @Agent(guardrails = BadGuardrails.class)
  public static class UsesBadGuardrails {}

  @Test
  void guardrailClassMethodsAreCheckedToo() {
    assertThatThrownBy(() -> AgentRegistry.of(UsesBadGuardrails.class))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining(BadGuardrails.class.getName() + ".check");
  }

  public static class NoGuardrails {}

  @Agent(guardrails = NoGuardrails.class)
  public static class UsesEmptyGuardrails {}

  @Test
  void guardrailClassWithoutGuardrails() {
    reading(UsesEmptyGuardrails.class).hasMessageContaining(NoGuardrails.class.getName());
  }
}
