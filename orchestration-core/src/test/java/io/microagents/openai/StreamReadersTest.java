package io.microagents.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.openai.core.ObjectMappers;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.responses.ResponseStreamEvent;
import io.microagents.items.Message;
import io.microagents.model.ModelException;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.stream.ModelDelta;
import java.io.EOFException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What servers other than OpenAI (or a broken network) may send, which the fake server does
 * not: the readers fed the SDK's own parsed events directly.
 */
class StreamReadersTest {

  private static final String ENDPOINT = "http://127.0.0.1:1/v1/x";

  @Test
  void usageOnTheChunkWithTheFinishReasonIsKept() {
    DeltaRecorder deltas = new DeltaRecorder();
    StreamResponse<ChatCompletionChunk> chunks = of(ChatCompletionChunk.class,
        chunk("{\"role\":\"assistant\",\"content\":\"Hel\"}", null, null),
        chunk("{\"content\":\"lo\"}", "\"stop\"",
            "{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}"));

    ModelResponse response = ChatOutputs.toModelResponse(ChatStream.read(chunks, deltas, ENDPOINT));

    assertThat(deltas.text(ModelDelta.Kind.TEXT)).isEqualTo("Hello");
    assertThat(response.output()).containsExactly(Message.assistant("Hello"));
    assertThat(response.usage()).isEqualTo(Usage.ofRequest(5, 2));
  }

  @Test
  void aChatStreamThatEndsBeforeItsFinishReasonIsRetryable() {
    StreamResponse<ChatCompletionChunk> chunks = of(ChatCompletionChunk.class,
        chunk("{\"role\":\"assistant\",\"content\":\"Hel\"}", null, null));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> ChatStream.read(chunks, new DeltaRecorder(), ENDPOINT));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage())
        .isEqualTo("OpenAI API stream from " + ENDPOINT + " ended after 1 chunks without a finish reason");
  }

  @Test
  void aResponsesStreamThatEndsWithoutItsLastEventIsRetryable() {
    StreamResponse<ResponseStreamEvent> events = of(ResponseStreamEvent.class,
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":0,\"item_id\":\"msg_1\","
            + "\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\",\"logprobs\":[]}");

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> ResponsesStream.read(events, new DeltaRecorder(), ENDPOINT));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).isEqualTo(
        "OpenAI API stream from " + ENDPOINT + " ended after 1 events without response.completed");
  }

  @Test
  void anIoFailureWhileReadingIsACutOff() {
    StreamResponse<ResponseStreamEvent> broken = stream(Stream.generate(() -> {
      throw new UncheckedIOException(new EOFException());
    }));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> ResponsesStream.read(broken, new DeltaRecorder(), ENDPOINT));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).startsWith("OpenAI API stream from " + ENDPOINT + " broke off after 0 events");
  }

  private static String chunk(String delta, String finishReason, String usage) {
    return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}],"
        + "\"usage\":" + usage + "}";
  }

  private static <T> StreamResponse<T> of(Class<T> type, String... json) {
    return stream(Stream.of(json).map(text -> parse(text, type)).toList().stream());
  }

  private static <T> T parse(String json, Class<T> type) {
    try {
      return ObjectMappers.jsonMapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static <T> StreamResponse<T> stream(Stream<T> items) {
    return new StreamResponse<>() {
      @Override
      public Stream<T> stream() {
        return items;
      }

      @Override
      public void close() {}
    };
  }
}
