package io.microagents.testing;

import static io.microagents.stream.ModelDelta.Kind.REFUSAL;
import static io.microagents.stream.ModelDelta.Kind.TEXT;
import static io.microagents.stream.ModelDelta.Kind.TOOL_ARGUMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.model.ModelException;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ToolSpec;
import io.microagents.stream.ModelDelta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ScriptedModel streaming: the script's output as deltas, the same response as {@code call}. */
class ScriptedModelStreamTest {

  private final List<ModelDelta> deltas = new ArrayList<>();

  @Test
  void aMessageStreamsWordByWordAndKeepsItsExactText() {
    String text = "  Hello,\n\nworld —  a  🌍 wide welcome, extraordinarily long-winded ";
    ScriptedModel model = new ScriptedModel().thenMessage(text);

    ModelResponse response = model.stream(request("assistant"), deltas::add);

    assertThat(deltas).hasSizeGreaterThan(5).allSatisfy(d -> assertThat(d.kind()).isEqualTo(TEXT));
    assertThat(join(deltas)).isEqualTo(text);
    assertThat(deltas).extracting(ModelDelta::text).startsWith("  Hello,", "\n\nworld", " —", "  a");
    assertThat(response.output()).containsExactly(Message.assistant(text));
    model.assertAllConsumed();
  }

  @Test
  void streamReturnsWhatCallReturnsForTheSameScript() {
    ScriptedStep step = ScriptedStep.message("Let me look.").andToolCall("get_weather", "{\"city\":\"Paris\"}")
        .andHandoff("Billing").withUsage(12, 5);
    ScriptedModel called = new ScriptedModel().then(step);
    ScriptedModel streamed = new ScriptedModel().then(step);

    assertThat(streamed.stream(request("triage"), deltas::add)).isEqualTo(called.call(request("triage")));
    assertThat(streamed.requests()).hasSize(1);
  }

  @Test
  void toolCallArgumentsStreamInPiecesNamingTheCallAndTheTool() {
    String args = "{\"city\":\"Paris\",\"unit\":\"celsius\"}";
    ScriptedModel model = new ScriptedModel()
        .then(ScriptedStep.toolCall("get_weather", args).andHandoff("Billing"));

    ModelResponse response = model.stream(request("triage"), deltas::add);

    ToolCall call = (ToolCall) response.output().get(0);
    ToolCall handoff = (ToolCall) response.output().get(1);
    List<ModelDelta> callDeltas = deltas.stream().filter(d -> call.callId().equals(d.callId())).toList();
    assertThat(callDeltas).hasSizeGreaterThan(1).allSatisfy(d -> {
      assertThat(d.kind()).isEqualTo(TOOL_ARGUMENTS);
      assertThat(d.name()).isEqualTo("get_weather");
    });
    assertThat(join(callDeltas)).isEqualTo(args);
    assertThat(deltas).filteredOn(d -> handoff.callId().equals(d.callId()))
        .extracting(ModelDelta::name).containsOnly("transfer_to_billing");
  }

  @Test
  void aRefusalStreamsAsRefusal() {
    ScriptedModel model = new ScriptedModel().then(ScriptedStep.refusal("I cannot help with that."));

    ModelResponse response = model.stream(request("assistant"), deltas::add);

    assertThat(deltas).hasSizeGreaterThan(1).allSatisfy(d -> assertThat(d.kind()).isEqualTo(REFUSAL));
    assertThat(join(deltas)).isEqualTo("I cannot help with that.");
    assertThat(response.output()).containsExactly(new Message(Role.ASSISTANT, "", "I cannot help with that."));
  }

  @Test
  void aFailingStepFailsBeforeAnyDelta() {
    ModelException boom = new ModelException("boom", 500, true, null, null);
    ScriptedModel model = new ScriptedModel().thenError(boom);

    assertThatThrownBy(() -> model.stream(request("assistant"), deltas::add)).isSameAs(boom);
    assertThatThrownBy(() -> model.stream(request("assistant"), deltas::add))
        .isInstanceOf(ModelException.class).hasMessageContaining("no scripted step left");
    assertThat(deltas).isEmpty();
  }

  @Test
  void aListenerThatThrowsDoesNotFailTheCall() {
    ScriptedModel model = new ScriptedModel().thenMessage("Still here, whatever happens.");
    int[] offered = {0};

    ModelResponse response = model.stream(request("assistant"), delta -> {
      offered[0]++;
      throw new IllegalStateException("listener broke");
    });

    assertThat(response.output()).containsExactly(Message.assistant("Still here, whatever happens."));
    assertThat(offered[0]).as("every delta is still offered").isEqualTo(6);
  }

  @Test
  void aPacedStreamSendsTheSameDeltas() {
    ScriptedModel paced = new ScriptedModel().chunkDelay(Duration.ofMillis(1)).thenMessage("one two three");

    paced.stream(request("assistant"), deltas::add);

    assertThat(deltas).extracting(ModelDelta::text).containsExactly("one", " two", " three");
    assertThatThrownBy(() -> paced.chunkDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ModelRequest request(String agent) {
    ToolSpec billing = new ToolSpec("transfer_to_billing", "Hand off to Billing", null, true);
    return new ModelRequest(agent, "m", null, List.of(Message.user("Hi")), List.of(billing), null, null);
  }

  private static String join(List<ModelDelta> deltas) {
    return deltas.stream().map(ModelDelta::text).collect(Collectors.joining());
  }
}
