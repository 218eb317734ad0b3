package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Reasoning;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ModelSettings;
import io.microagents.model.OutputSpec;
import io.microagents.model.ToolSpec;
import io.microagents.model.Usage;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.run.RunState;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our records round-trip through Temporal's default data converter, unchanged. */
class SerializationTest {

  private final DataConverter converter = DefaultDataConverter.newDefaultInstance();

  private static final List<Item> ITEMS = List.of(
      Message.user("hi"), new Reasoning("rs_1", "thinking"), new ToolCall("c1", "get_weather", "{\"city\":\"Paris\"}"),
      ToolOutput.of("c1", "sunny"), new HandoffCall("c2", "transfer_to_x", "{}", "x"), Message.assistant("done"));

  private <T> T roundTrip(T value, Class<T> type) {
    return converter.fromPayloads(0, converter.toPayloads(value), type, type);
  }

  @Test
  void runStateWithEveryItemKindAndOptions() {
    RunOptions options = RunOptions.builder().maxTurns(3).model("gpt-4o").context(Map.of("user", "ada"))
        .modelSettings(new ModelSettings(0.2, null, 100, "auto", true)).build();
    RunState state = new RunState("a", "b", ITEMS.subList(0, 1), ITEMS.subList(1, 6), ITEMS, 1, 2, 3,
        Usage.ofRequest(5, 7), List.of(new ModelResponse(ITEMS.subList(5, 6), Usage.ofRequest(5, 7), "r1")), true, options);

    assertThat(roundTrip(state, RunState.class)).isEqualTo(state);
  }

  @Test
  void runResultWithStructuredOutput() {
    RunResult result = new RunResult(Json.parse("{\"answer\":\"Paris\",\"n\":[1,2]}"), "a", ITEMS.subList(0, 1),
        ITEMS.subList(1, 6), Usage.ofRequest(1, 2), List.of());

    RunResult back = roundTrip(result, RunResult.class);

    assertThat(back).isEqualTo(result);
    assertThat(back.finalOutput().path("answer").asText()).isEqualTo("Paris");
    assertThat(roundTrip(new RunResult(Json.parse("\"text\""), "a", null, null, null, null), RunResult.class)
        .finalOutputText()).isEqualTo("text");
  }

  @Test
  void modelRequestWithToolsAndOutputSchema() {
    ModelRequest request = new ModelRequest("agent", "gpt-4o", "Be brief.", ITEMS,
        List.of(new ToolSpec("t", "d", Json.parse("{\"type\":\"object\"}"), true)),
        new OutputSpec("Answer", Json.parse("{\"type\":\"object\"}"), true), ModelSettings.DEFAULT);

    assertThat(roundTrip(request, ModelRequest.class)).isEqualTo(request);
  }

  @Test
  void statusAndTranscript() {
    RunStatus status = new RunStatus(RunStatus.Phase.WAITING_FOR_HUMAN, "a", 2, List.of(new PendingQuestion("q1", "a", "?")),
        List.of(new PendingApproval("c1", "a", "t", "{}")), ITEMS.size(), Usage.EMPTY);

    assertThat(roundTrip(status, RunStatus.class)).isEqualTo(status);
    assertThat(roundTrip(new Transcript(ITEMS), Transcript.class).items()).isEqualTo(ITEMS);
  }
}
