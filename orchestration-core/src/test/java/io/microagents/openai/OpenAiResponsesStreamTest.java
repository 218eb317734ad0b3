package io.microagents.openai;

import static io.microagents.openai.OpenAiFixture.request;
import static io.microagents.stream.ModelDelta.Kind.REASONING;
import static io.microagents.stream.ModelDelta.Kind.REFUSAL;
import static io.microagents.stream.ModelDelta.Kind.TEXT;
import static io.microagents.stream.ModelDelta.Kind.TOOL_ARGUMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.items.Message;
import io.microagents.items.Reasoning;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.json.Json;
import io.microagents.model.Model;
import io.microagents.model.ModelException;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.stream.ModelDelta;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeReply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streaming on the Responses API: deltas as they come, the same response as {@code call}. */
class OpenAiResponsesStreamTest {

  private final OpenAiFixture fake = new OpenAiFixture();
  private final DeltaRecorder deltas = new DeltaRecorder();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void textStreamsInSeveralDeltasThatMakeTheAnswer() {
    String text = "The weather in Paris is sunny, 24 °C, with a light breeze from the west.";
    fake.server.enqueue(FakeOpenAiResponses.builder().id("resp_7").message(text).usage(31, 17).build());

    ModelResponse response = fake.responses().stream(request(Message.user("Weather?")), deltas);

    assertThat(deltas.of(TEXT)).hasSizeGreaterThan(5);
    assertThat(deltas.text(TEXT)).isEqualTo(text);
    assertThat(response.output()).containsExactly(Message.assistant(text));
    assertThat(response.usage()).isEqualTo(Usage.ofRequest(31, 17));
    assertThat(response.responseId()).isEqualTo("resp_7");
  }

  @Test
  void sendsTheStreamFlagTheAgentHeaderAndTheSameRequestAsCall() {
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));

    fake.responses().call(request(Message.user("Hi")));
    ObjectNode called = (ObjectNode) fake.lastBody();
    fake.responses().stream(request(Message.user("Hi")), deltas);
    ObjectNode streamed = (ObjectNode) fake.lastBody().deepCopy();

    assertThat(streamed.get("stream").asBoolean()).isTrue();
    assertThat(fake.server.lastRequest().agent()).isEqualTo("assistant");
    assertThat(fake.server.lastRequest().header("accept")).contains("text/event-stream");
    streamed.remove("stream");
    assertThat(streamed).isEqualTo(called);
  }

  @Test
  void toolCallArgumentsStreamInPiecesNamingTheirCallAndTool() {
    String paris = "{\"city\":\"Paris\",\"unit\":\"celsius\"}";
    String oslo = "{\"city\":\"Oslo\",\"unit\":\"celsius\"}";
    fake.server.enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "get_weather", paris),
        new ToolCall("call_2", "get_time", oslo)));

    ModelResponse response = fake.responses().stream(request(Message.user("Weather?")), deltas);

    assertThat(deltas.callIds()).containsExactly("call_1", "call_2");
    assertThat(deltas.arguments("call_1")).hasSizeGreaterThan(1)
        .allSatisfy(d -> assertThat(d.name()).isEqualTo("get_weather"));
    assertThat(deltas.arguments("call_2")).hasSizeGreaterThan(1)
        .allSatisfy(d -> assertThat(d.name()).isEqualTo("get_time"));
    assertThat(text(deltas.arguments("call_1"))).isEqualTo(paris);
    assertThat(text(deltas.arguments("call_2"))).isEqualTo(oslo);
    assertThat(response.output()).containsExactly(new ToolCall("call_1", "get_weather", paris),
        new ToolCall("call_2", "get_time", oslo));
  }

  @Test
  void aRefusalStreamsAsRefusal() {
    fake.server.enqueue(FakeOpenAiResponses.refusal("I cannot help with that request."));

    ModelResponse response = fake.responses().stream(request(Message.user("Hi")), deltas);

    assertThat(deltas.of(TEXT)).isEmpty();
    assertThat(deltas.of(REFUSAL)).hasSizeGreaterThan(1);
    assertThat(deltas.text(REFUSAL)).isEqualTo("I cannot help with that request.");
    assertThat(response.output()).containsExactly(
        new Message(Role.ASSISTANT, "", "I cannot help with that request."));
  }

  @Test
  void aReasoningSummaryStreamsAsReasoningPartsJoinedAsInTheResponse() {
    ObjectNode body = (ObjectNode) Json.parse(FakeOpenAiResponses.builder()
        .reasoning("rs_1", "The user wants the weather.").message("Sunny.").build());
    ((ObjectNode) body.at("/output/0")).withArray("summary").addObject()
        .put("type", "summary_text").put("text", "Paris it is.");
    fake.server.enqueue(Json.write(body));

    ModelResponse response = fake.responses().stream(request(Message.user("Hi")), deltas);

    assertThat(response.output()).containsExactly(
        new Reasoning("rs_1", "The user wants the weather.\nParis it is."), Message.assistant("Sunny."));
    assertThat(deltas.text(REASONING)).isEqualTo("The user wants the weather.\nParis it is.");
    assertThat(deltas.deltas.get(0).kind()).isEqualTo(REASONING);
  }

  @Test
  void streamAndCallReturnEqualResponsesForTheSameAnswer() {
    List<String> answers = List.of(
        FakeOpenAiResponses.builder().id("resp_1").message("Hello there, how are you?").usage(9, 6).build(),
        FakeOpenAiResponses.builder().reasoning("rs_1", "Two cities.").message("Let me check both.")
            .toolCall(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"))
            .toolCall(new ToolCall("call_2", "get_weather", "{\"city\":\"Oslo\"}")).usage(40, 22).build(),
        FakeOpenAiResponses.json("{\"answer\":\"42\",\"confidence\":0.9}"),
        FakeOpenAiResponses.refusal("No."),
        FakeOpenAiResponses.builder().message("").build());

    for (String answer : answers) {
      fake.server.enqueue(answer);
      fake.server.enqueue(answer);
      ModelResponse called = fake.responses().call(request(Message.user("Hi")));
      ModelResponse streamed = fake.responses().stream(request(Message.user("Hi")), deltas);
      assertThat(streamed).as(answer).isEqualTo(called);
    }
  }

  @Test
  void aStreamCutOffIsRetryableNamesTheEndpointAndTheRetryGetsTheWholeAnswer() {
    fake.server.enqueue(FakeReply.ok(FakeOpenAiResponses.text("one two three four five six seven"))
        .withStreamDroppedAfter(5));

    try (OpenAiModelProvider provider = new OpenAiModelProvider(fake.options)) {
      Model model = provider.model("");
      ModelException e = catchThrowableOfType(ModelException.class,
          () -> model.stream(request(Message.user("Hi")), deltas));

      assertThat(e.retryable()).isTrue();
      assertThat(e.status()).isZero();
      assertThat(e.getMessage()).startsWith("OpenAI API stream from " + fake.server.baseUrl()
          + "/responses broke off after 5 events: ").contains("EOFException");
      assertThat(deltas.text(TEXT)).as("the text before the cut").isEqualTo("one");

      DeltaRecorder retry = new DeltaRecorder();
      ModelResponse response = model.stream(request(Message.user("Hi")), retry);
      assertThat(response.output()).containsExactly(Message.assistant("one two three four five six seven"));
      assertThat(retry.text(TEXT)).isEqualTo("one two three four five six seven");
      assertThat(fake.server.requestCount()).isEqualTo(2);
      assertThat(fake.server.remaining()).isZero();
    }
  }

  @Test
  void aStreamThatNeverEndsProperlyFailsEvenWithEveryEventReceived() {
    fake.server.enqueue(FakeReply.ok(FakeOpenAiResponses.text("all of it")).withStreamDroppedAfter(1_000));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> fake.responses().stream(request(Message.user("Hi")), deltas));
    ModelResponse retried = fake.responses().stream(request(Message.user("Hi")), deltas);

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).startsWith("OpenAI API stream broke off after 11 events");
    assertThat(retried.output()).containsExactly(Message.assistant("all of it"));
  }

  @Test
  void aListenerThatThrowsDoesNotFailTheCall() {
    fake.server.enqueue(FakeOpenAiResponses.text("Still here, whatever the listener does."));
    int[] offered = {0};

    ModelResponse response = fake.responses().stream(request(Message.user("Hi")), delta -> {
      offered[0]++;
      throw new IllegalStateException("listener broke");
    });

    assertThat(response.output()).containsExactly(Message.assistant("Still here, whatever the listener does."));
    assertThat(offered[0]).as("every delta is still offered").isGreaterThan(1);
  }

  @Test
  void anErrorStatusFailsAsCallFails() {
    fake.server.enqueue(FakeReply.error(429, "Rate limit reached").withRetryAfter("3"));
    fake.server.enqueue(FakeReply.error(400, "Invalid schema"));

    ModelException limited = catchThrowableOfType(ModelException.class,
        () -> fake.responses().stream(request(Message.user("Hi")), deltas));
    ModelException invalid = catchThrowableOfType(ModelException.class,
        () -> fake.responses().stream(request(Message.user("Hi")), deltas));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.retryable()).isTrue();
    assertThat(limited.retryAfter()).hasSeconds(3);
    assertThat(invalid.getMessage()).isEqualTo("OpenAI API returned 400: Invalid schema");
    assertThat(invalid.retryable()).isFalse();
    assertThat(deltas.deltas).isEmpty();
  }

  @Test
  void aFailedResponseInTheStreamIsRetryable() {
    ObjectNode failed = (ObjectNode) Json.parse(FakeOpenAiResponses.text("partial"));
    failed.put("status", "failed").putObject("error").put("code", "server_error")
        .put("message", "The model crashed");
    fake.server.enqueue(Json.write(failed));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> fake.responses().stream(request(Message.user("Hi")), deltas));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("server_error: The model crashed");
  }

  @Test
  void anErrorInsideTheStreamIsRetryable() {
    fake.server.enqueue(FakeReply.streamError("The server had an error", "server_error"));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> fake.responses().stream(request(Message.user("Hi")), deltas));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage())
        .isEqualTo("OpenAI API stream reported an error: server_error: The server had an error");
  }

  private static String text(List<ModelDelta> deltas) {
    return deltas.stream().map(ModelDelta::text).reduce("", String::concat);
  }
}
