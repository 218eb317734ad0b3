package io.microagents.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.items.ToolCall;
import io.microagents.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOpenAiServerTest {

  private final FakeOpenAiServer server = new FakeOpenAiServer().start();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void bindsLoopbackOnAnEphemeralPort() {
    assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
    assertThat(server.baseUrl()).doesNotEndWith(":0/v1");
  }

  @Test
  void servesQueuedRepliesInOrderAndRecordsRequests() throws Exception {
    server.enqueue(FakeOpenAiResponses.text("first"));
    server.enqueue(201, "{\"second\":true}");

    HttpResponse<String> first = post("/responses", "{\"model\":\"m\",\"input\":\"hi\"}");
    HttpResponse<String> second = post("/chat/completions", "{\"model\":\"m\"}");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(Json.parse(first.body()).at("/output/0/content/0/text").asText()).isEqualTo("first");
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(server.requestCount()).isEqualTo(2);
    RecordedRequest recorded = server.requests().get(0);
    assertThat(recorded.path()).isEqualTo("/v1/responses");
    assertThat(recorded.body().get("input").asText()).isEqualTo("hi");
    assertThat(recorded.header("Authorization")).isEqualTo("Bearer test-key");
    assertThat(server.lastRequest().path()).isEqualTo("/v1/chat/completions");
  }

  @Test
  void answers500WhenTheScriptIsExhausted() throws Exception {
    HttpResponse<String> response = post("/responses", "{}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(Json.parse(response.body()).at("/error/message").asText())
        .isEqualTo("FakeOpenAiServer: no scripted response left");
  }

  @Test
  void answersFromAFunctionOnceTheQueueIsEmpty() throws Exception {
    server.respondWith(req -> FakeReply.ok(FakeChatCompletions.text(req.body().get("model").asText())));

    HttpResponse<String> response = post("/chat/completions", "{\"model\":\"echo\"}");

    assertThat(Json.parse(response.body()).at("/choices/0/message/content").asText())
        .isEqualTo("echo");
  }

  @Test
  void sendsProviderStyleErrorsWithRetryAfter() throws Exception {
    server.enqueue(FakeReply.error(429, "Slow down", "rate_limit_error", "rate_limit_exceeded")
        .withRetryAfter("7"));

    HttpResponse<String> response = post("/responses", "{}");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(Json.parse(response.body()).get("error").toString())
        .contains("\"message\":\"Slow down\"", "\"type\":\"rate_limit_error\"",
            "\"code\":\"rate_limit_exceeded\"");
  }

  @Test
  void delaysAReply() {
    server.enqueue(FakeReply.ok("{}").withDelay(Duration.ofSeconds(5)));

    assertThatThrownBy(() -> http.send(request("/responses", "{}", Duration.ofMillis(300)),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void dropsTheConnectionWithoutAResponse() {
    server.enqueue(FakeReply.connectionReset());

    assertThatThrownBy(() -> post("/responses", "{}")).isInstanceOf(IOException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void truncatesABody() throws Exception {
    String full = FakeOpenAiResponses.toolCalls(new ToolCall("call_1", "add", "{\"a\":1}"));
    server.enqueue(FakeReply.truncated(full));

    HttpResponse<String> response = post("/responses", "{}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(full).startsWith(response.body());
    assertThatThrownBy(() -> Json.parse(response.body()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void servesConcurrentRequests() throws Exception {
    int n = 8;
    for (int i = 0; i < n; i++) {
      server.enqueue(FakeReply.ok("{}").withDelay(Duration.ofMillis(200)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<HttpResponse<String>> call = () -> post("/responses", "{}");
        calls.add(pool.submit(call));
      }
      for (Future<HttpResponse<String>> call : calls) {
        assertThat(call.get().statusCode()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.requestCount()).isEqualTo(n);
    assertThat(server.remaining()).isZero();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(request(path, body, Duration.ofSeconds(10)),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String body, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(timeout)
        .header("Authorization", "Bearer test-key")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
