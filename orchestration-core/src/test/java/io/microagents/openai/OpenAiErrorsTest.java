package io.microagents.openai;

import static io.microagents.openai.OpenAiFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.http.Headers;
import io.microagents.items.Message;
import io.microagents.json.Json;
import io.microagents.model.Model;
import io.microagents.model.ModelException;
import io.microagents.testing.FakeChatCompletions;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Failures of both adapters, as the durable caller sees them. */
class OpenAiErrorsTest {

  private final OpenAiFixture fake = new OpenAiFixture();

  @AfterEach
  void close() {
    fake.close();
  }

  static Stream<Arguments> statuses() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (String api : new String[] {"responses", "chat"}) {
      for (int status : new int[] {400, 401, 403, 404, 422}) {
        all.add(Arguments.of(api, status, false));
      }
      for (int status : new int[] {408, 409, 429, 500, 503}) {
        all.add(Arguments.of(api, status, true));
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0} {1} retryable={2}")
  @MethodSource("statuses")
  void classifiesHttpStatuses(String api, int status, boolean retryable) {
    fake.server.enqueue(FakeReply.error(status, "The model `x` does not exist"));

    ModelException e = call(api);

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.retryable()).isEqualTo(retryable);
    assertThat(e.getMessage())
        .isEqualTo("OpenAI API returned " + status + ": The model `x` does not exist");
    assertThat(fake.server.requestCount()).as("no hidden retries").isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("apis")
  void honoursRetryAfterSeconds(String api) {
    fake.server.enqueue(FakeReply.error(429, "Rate limit reached").withRetryAfter("7"));

    ModelException e = call(api);

    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @ParameterizedTest
  @MethodSource("apis")
  void connectionResetIsRetryableWithoutStatus(String api) {
    fake.server.enqueue(FakeReply.connectionReset());

    ModelException e = call(api);

    assertThat(e.status()).isZero();
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).startsWith("OpenAI API request got no response");
    assertThat(fake.server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("apis")
  void truncatedBodyIsRetryableWithoutStatus(String api) {
    String body = api.equals("chat") ? FakeChatCompletions.text("Hello there, a long answer")
        : FakeOpenAiResponses.text("Hello there, a long answer");
    fake.server.enqueue(FakeReply.truncated(body));

    ModelException e = call(api);

    assertThat(e.status()).isZero();
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).startsWith("OpenAI API response could not be read");
  }

  @Test
  void aLateAnswerTimesOutAsRetryable() {
    OpenAiOptions quick = fake.options.toBuilder().timeout(Duration.ofMillis(300)).build();
    fake.server.enqueue(FakeReply.never());

    try (OpenAiModelProvider provider = new OpenAiModelProvider(quick)) {
      ModelException e = catchThrowableOfType(ModelException.class,
          () -> provider.model("").call(request(Message.user("Hi"))));

      assertThat(e.status()).isZero();
      assertThat(e.retryable()).isTrue();
      assertThat(e.getMessage()).startsWith("OpenAI API request to " + quick.baseUrl() + "/responses got no response")
          .contains("timeout");
    }
  }

  @ParameterizedTest
  @MethodSource("apis")
  void neverShowsTheApiKey(String api) {
    fake.server.enqueue(FakeReply.error(401,
        "Incorrect API key provided: sk-tes*******************6789."));
    fake.server.enqueue(FakeReply.connectionReset());
    fake.server.enqueue(FakeReply.truncated(FakeOpenAiResponses.text("Hello")));

    for (int i = 0; i < 3; i++) {
      ModelException e = call(api);
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(OpenAiFixture.API_KEY);
      }
      assertThat(e.toString()).doesNotContain(OpenAiFixture.API_KEY);
    }
    assertThat(fake.options.toString()).doesNotContain(OpenAiFixture.API_KEY);
  }

  @ParameterizedTest
  @MethodSource("apis")
  void aKeyTheProviderEchoesIsRedactedFromTheMessageAndEveryCause(String api) {
    String key = "sk-test-SECRET-1234567890abcd";
    OpenAiOptions options = fake.options.toBuilder().apiKey(key)
        .api(api.equals("chat") ? OpenAiApi.CHAT_COMPLETIONS : OpenAiApi.RESPONSES).build();
    fake.server.enqueue(FakeReply.error(401, "Incorrect API key provided: " + key + ". You can find your API key"
        + " at https://platform.openai.com/account/api-keys."));

    try (OpenAiModelProvider provider = new OpenAiModelProvider(options)) {
      ModelException e = catchThrowableOfType(ModelException.class,
          () -> provider.model("").call(request(Message.user("Hi"))));

      assertThat(e.status()).isEqualTo(401);
      assertThat(e.getMessage()).isEqualTo("OpenAI API returned 401: Incorrect API key provided: [REDACTED]."
          + " You can find your API key at https://platform.openai.com/account/api-keys.");
      assertThat(e.toString()).doesNotContain("SECRET");
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).as("the logged stack trace, causes included")
          .contains("Caused by").contains("[REDACTED]").doesNotContain("SECRET");
    }
  }

  @Test
  void theConfiguredKeyIsRedactedWhateverItsShape() {
    String token = "proxy-token-0042";
    fake.server.enqueue(FakeReply.error(403, "token " + token + " may not use gpt-4o"));

    try (OpenAiModelProvider provider = new OpenAiModelProvider(fake.options.toBuilder().apiKey(token).build())) {
      ModelException e = catchThrowableOfType(ModelException.class,
          () -> provider.model("").call(request(Message.user("Hi"))));

      assertThat(e.getMessage()).isEqualTo("OpenAI API returned 403: token [REDACTED] may not use gpt-4o");
    }
  }

  @Test
  void parsesRetryAfterForms() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Function<String[], Duration> parse = h ->
        OpenAiErrors.retryAfter(Headers.builder().put(h[0], h[1]).build(), clock);

    assertThat(parse.apply(new String[] {"Retry-After", "12"})).isEqualTo(Duration.ofSeconds(12));
    assertThat(parse.apply(new String[] {"retry-after", "1.5"})).isEqualTo(Duration.ofMillis(1500));
    assertThat(parse.apply(new String[] {"Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT"}))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(parse.apply(new String[] {"retry-after-ms", "250"})).isEqualTo(Duration.ofMillis(250));
    assertThat(parse.apply(new String[] {"Retry-After", "soon"})).isNull();
    assertThat(OpenAiErrors.retryAfter(Headers.builder().build(), clock)).isNull();
  }

  @Test
  void aFailedResponseIsRetryable() {
    ObjectNode failed = (ObjectNode) Json.parse(FakeOpenAiResponses.text("partial"));
    failed.put("status", "failed").putObject("error").put("code", "server_error")
        .put("message", "The model crashed");
    fake.server.enqueue(Json.write(failed));

    ModelException e = call("responses");

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("server_error: The model crashed");
  }

  static Stream<String> apis() {
    return Stream.of("responses", "chat");
  }

  @Test
  void aBodyWithoutProviderMessageStillNamesTheStatus() {
    fake.server.enqueue(FakeReply.json(502, "<html>Bad gateway</html>"));

    ModelException e = call("responses");

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).startsWith("OpenAI API returned 502: ");
  }

  private ModelException call(String api) {
    Model model = api.equals("chat") ? fake.chat() : fake.responses();
    return catchThrowableOfType(ModelException.class,
        () -> model.call(request(Message.user("Hi"))));
  }
}
