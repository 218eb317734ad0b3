package io.microagents.openai;

import static io.microagents.openai.OpenAiFixture.request;
import static io.microagents.stream.ModelDelta.Kind.REFUSAL;
import static io.microagents.stream.ModelDelta.Kind.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.model.Model;
import io.microagents.model.ModelException;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.stream.ModelDelta;
import io.microagents.testing.FakeChatCompletions;
import io.microagents.testing.FakeReply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streaming on Chat Completions: deltas by chunk, tool calls by index, usage from the last chunk. */
class OpenAiChatCompletionsStreamTest {

  private final OpenAiFixture fake = new OpenAiFixture();
  private final DeltaRecorder deltas = new DeltaRecorder();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void textStreamsInSeveralDeltasThatMakeTheAnswer() {
    String text = "The weather in Paris is sunny, 24 °C, with a light breeze from the west.";
    fake.server.enqueue(FakeChatCompletions.builder().id("chatcmpl-9").content(text).build());

    ModelResponse response = fake.chat().stream(request(Message.user("Weather?")), deltas);

    assertThat(deltas.of(TEXT)).hasSizeGreaterThan(5);
    assertThat(deltas.text(TEXT)).isEqualTo(text);
    assertThat(response.output()).containsExactly(Message.assistant(text));
    assertThat(response.responseId()).isEqualTo("chatcmpl-9");
  }

  @Test
  void asksForUsageInTheLastChunkAndReportsItAsCallDoes() {
    fake.server.enqueue(FakeChatCompletions.builder().content("Hi there").usage(42, 7).build());
    fake.server.enqueue(FakeChatCompletions.builder().content("Hi there").usage(42, 7).build());

    ModelResponse called = fake.chat().call(request(Message.user("Hi")));
    JsonNode calledBody = fake.lastBody();
    ModelResponse streamed = fake.chat().stream(request(Message.user("Hi")), deltas);
    ObjectNode streamedBody = (ObjectNode) fake.lastBody().deepCopy();

    assertThat(streamed.usage()).isEqualTo(Usage.ofRequest(42, 7)).isEqualTo(called.usage());
    assertThat(streamedBody.get("stream").asBoolean()).isTrue();
    assertThat(streamedBody.at("/stream_options/include_usage").asBoolean()).isTrue();
    assertThat(fake.server.lastRequest().agent()).isEqualTo("assistant");
    streamedBody.remove(List.of("stream", "stream_options"));
    assertThat(streamedBody).as("otherwise the request call sends").isEqualTo(calledBody);
  }

  @Test
  void toolCallArgumentsSplitByIndexReassembleWithTheirIdAndName() {
    String paris = "{\"city\":\"Paris\",\"unit\":\"celsius\"}";
    String oslo = "{\"city\":\"Oslo\",\"unit\":\"celsius\"}";
    fake.server.enqueue(FakeChatCompletions.builder().content("Checking both.")
        .toolCall(new ToolCall("call_a", "get_weather", paris))
        .toolCall(new ToolCall("call_b", "get_time", oslo)).build());

    ModelResponse response = fake.chat().stream(request(Message.user("Weather?")), deltas);

    assertThat(deltas.callIds()).containsExactly("call_a", "call_b");
    assertThat(deltas.arguments("call_a")).hasSizeGreaterThan(1)
        .allSatisfy(d -> assertThat(d.name()).isEqualTo("get_weather"));
    assertThat(deltas.arguments("call_b")).hasSizeGreaterThan(1)
        .allSatisfy(d -> assertThat(d.name()).isEqualTo("get_time"));
    assertThat(text(deltas.arguments("call_a"))).isEqualTo(paris);
    assertThat(text(deltas.arguments("call_b"))).isEqualTo(oslo);
    assertThat(response.output()).containsExactly(Message.assistant("Checking both."),
        new ToolCall("call_a", "get_weather", paris), new ToolCall("call_b", "get_time", oslo));
  }

  @Test
  void aRefusalStreamsAsRefusal() {
    fake.server.enqueue(FakeChatCompletions.refusal("I cannot help with that request."));

    ModelResponse response = fake.chat().stream(request(Message.user("Hi")), deltas);

    assertThat(deltas.of(TEXT)).isEmpty();
    assertThat(deltas.of(REFUSAL)).hasSizeGreaterThan(1);
    assertThat(deltas.text(REFUSAL)).isEqualTo("I cannot help with that request.");
    assertThat(response.output()).containsExactly(
        new Message(Role.ASSISTANT, "", "I cannot help with that request."));
  }

  @Test
  void streamAndCallReturnEqualResponsesForTheSameAnswer() {
    List<String> answers = List.of(
        FakeChatCompletions.builder().id("chatcmpl-1").content("Hello there, how are you?").usage(9, 6).build(),
        FakeChatCompletions.builder().content("Let me check.")
            .toolCall(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"))
            .toolCall(new ToolCall("call_2", "get_weather", "{}")).usage(40, 22).build(),
        FakeChatCompletions.toolCalls(new ToolCall("call_3", "noop", "")),
        FakeChatCompletions.json("{\"answer\":\"42\",\"confidence\":0.9}"),
        FakeChatCompletions.refusal("No."),
        FakeChatCompletions.text(""));

    for (String answer : answers) {
      fake.server.enqueue(answer);
      fake.server.enqueue(answer);
      ModelResponse called = fake.chat().call(request(Message.user("Hi")));
      ModelResponse streamed = fake.chat().stream(request(Message.user("Hi")), deltas);
      assertThat(streamed).as(answer).isEqualTo(called);
    }
  }

  @Test
  void aStreamCutOffIsRetryableNamesTheEndpointAndTheRetryGetsTheWholeAnswer() {
    fake.server.enqueue(FakeReply.ok(FakeChatCompletions.text("one two three four five six seven"))
        .withStreamDroppedAfter(3));
    OpenAiOptions chat = fake.options.toBuilder().api(OpenAiApi.CHAT_COMPLETIONS).build();

    try (OpenAiModelProvider provider = new OpenAiModelProvider(chat)) {
      Model model = provider.model("");
      ModelException e = catchThrowableOfType(ModelException.class,
          () -> model.stream(request(Message.user("Hi")), deltas));

      assertThat(e.retryable()).isTrue();
      assertThat(e.status()).isZero();
      assertThat(e.getMessage()).startsWith("OpenAI API stream from " + fake.server.baseUrl()
          + "/chat/completions broke off after 3 chunks: ");
      assertThat(deltas.text(TEXT)).as("the text before the cut").isEqualTo("one two");

      DeltaRecorder retry = new DeltaRecorder();
      ModelResponse response = model.stream(request(Message.user("Hi")), retry);
      assertThat(response.output()).containsExactly(Message.assistant("one two three four five six seven"));
      assertThat(retry.text(TEXT)).isEqualTo("one two three four five six seven");
      assertThat(fake.server.remaining()).isZero();
    }
  }

  @Test
  void aListenerThatThrowsDoesNotFailTheCall() {
    fake.server.enqueue(FakeChatCompletions.builder().content("Still here.")
        .toolCall(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")).build());
    int[] offered = {0};

    ModelResponse response = fake.chat().stream(request(Message.user("Hi")), delta -> {
      offered[0]++;
      throw new IllegalStateException("listener broke");
    });

    assertThat(response.output()).containsExactly(Message.assistant("Still here."),
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"));
    assertThat(offered[0]).as("every delta is still offered").isGreaterThan(2);
  }

  @Test
  void anErrorStatusFailsAsCallFails() {
    fake.server.enqueue(FakeReply.error(503, "Overloaded"));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> fake.chat().stream(request(Message.user("Hi")), deltas));

    assertThat(e.status()).isEqualTo(503);
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).isEqualTo("OpenAI API returned 503: Overloaded");
    assertThat(deltas.deltas).isEmpty();
  }

  @Test
  void aConnectionResetBeforeTheAnswerFailsAsCallFails() {
    fake.server.enqueue(FakeReply.connectionReset());

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> fake.chat().stream(request(Message.user("Hi")), deltas));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).startsWith("OpenAI API request got no response");
  }

  @Test
  void anErrorInsideTheStreamIsRetryable() {
    fake.server.enqueue(FakeReply.streamError("The server had an error", null));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> fake.chat().stream(request(Message.user("Hi")), deltas));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).isEqualTo("OpenAI API stream reported an error: The server had an error");
  }

  private static String text(List<ModelDelta> deltas) {
    return deltas.stream().map(ModelDelta::text).reduce("", String::concat);
  }
}
