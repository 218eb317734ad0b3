package io.microagents.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.responses.Response;
import io.microagents.items.ToolCall;
import io.microagents.model.ModelException;
import io.microagents.model.ModelResponse;
import io.microagents.testing.FakeOpenAiResponses;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The raw-body reader gives what openai-java's typed {@code Response} gives, through {@link ResponsesOutputs}. */
class ResponsesJsonTest {

  @Test
  void readsWhatTheTypedResponseReads() throws Exception {
    List<String> bodies = List.of(
        FakeOpenAiResponses.text("Hello!"),
        FakeOpenAiResponses.text("emoji 😀, accents é, quotes \" and \\ and \n"),
        FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "lookup", "{\"n\":1}"), new ToolCall("call_2", "other", "")),
        FakeOpenAiResponses.refusal("No."),
        FakeOpenAiResponses.builder().id("resp_7").reasoning("rs_1", "Thought about it.").message("Answer.")
            .message("More.").usage(12, 3).build(),
        FakeOpenAiResponses.json("{\"a\":1}"),
        "{\"id\":\"resp_x\",\"output\":[{\"type\":\"web_search_call\",\"id\":\"ws_1\"},"
            + "{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"a\"},{\"type\":\"refusal\",\"refusal\":\"b\"},"
            + "{\"type\":\"output_text\",\"text\":\"c\"}]},{\"type\":\"reasoning\",\"id\":\"rs_2\",\"summary\":[]},"
            + "{\"type\":\"reasoning\",\"id\":\"rs_3\",\"summary\":[{\"text\":\"x\"},{\"text\":\"y\"}]}],\"usage\":null}");
    for (String body : bodies) {
      assertThat(raw(body)).as(body).isEqualTo(typed(body));
    }
  }

  @Test
  void aFailedResponseIsARetryableModelException() {
    String failed = "{\"id\":\"resp_f\",\"status\":\"failed\",\"output\":[],"
        + "\"error\":{\"code\":\"server_error\",\"message\":\"Boom\"}}";
    String noDetails = "{\"id\":\"resp_g\",\"status\":\"failed\",\"output\":[],\"error\":null}";
    for (String body : List.of(failed, noDetails)) {
      ModelException fromRaw = catchModelException(() -> raw(body));
      ModelException fromTyped = catchModelException(() -> typed(body));
      assertThat(fromRaw.getMessage()).isEqualTo(fromTyped.getMessage());
      assertThat(fromRaw.retryable()).isTrue();
    }
  }

  @Test
  void aBodyThatIsNotAResponseCannotBeRead() {
    for (String body : List.of("", "not json", "[1]", "{\"id\":\"r\"}",
        "{\"id\":\"r\",\"output\":[{\"type\":\"function_call\",\"name\":\"f\",\"arguments\":\"{}\"}]}")) {
      assertThatThrownBy(() -> raw(body)).as(body).isInstanceOf(OpenAIInvalidDataException.class);
    }
  }

  private static ModelResponse raw(String body) {
    return ResponsesJson.toModelResponse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static ModelResponse typed(String body) {
    try {
      return ResponsesOutputs.toModelResponse(ObjectMappers.jsonMapper().readValue(body, Response.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ModelException catchModelException(Runnable r) {
    try {
      r.run();
    } catch (ModelException e) {
      return e;
    }
    throw new AssertionError("no ModelException");
  }
}
