package io.microagents.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.items.ToolCall;
import io.microagents.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed answers on the wire: the framing, the pace and the faults, read with a plain HTTP client. */
class FakeOpenAiServerStreamTest {

  /** One Server-Sent Event as received. */
  record Event(String name, String data) {
    JsonNode json() {
      return Json.parse(data);
    }
  }

  private static final String STREAM = "{\"model\":\"m\",\"stream\":true}";
  private static final String STREAM_WITH_USAGE =
      "{\"model\":\"m\",\"stream\":true,\"stream_options\":{\"include_usage\":true}}";

  private final FakeOpenAiServer server = new FakeOpenAiServer().start();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void responsesStreamInTheApiEventsEndingWithTheWholeResponse() throws Exception {
    String body = FakeOpenAiResponses.builder().reasoning("rs_1", "Think.").message("Hello there, world")
        .toolCall(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")).usage(12, 8).build();
    server.enqueue(body);

    HttpResponse<Stream<String>> response = stream("/responses", STREAM);
    List<Event> events = events(response);

    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/event-stream"));
    assertThat(events.stream().map(Event::name).distinct()).containsExactly(
        "response.created", "response.in_progress", "response.output_item.added",
        "response.reasoning_summary_part.added", "response.reasoning_summary_text.delta",
        "response.reasoning_summary_text.done", "response.reasoning_summary_part.done",
        "response.output_item.done", "response.content_part.added", "response.output_text.delta",
        "response.output_text.done", "response.content_part.done",
        "response.function_call_arguments.delta", "response.function_call_arguments.done",
        "response.completed");
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).json().get("type").asText()).isEqualTo(events.get(i).name());
      assertThat(events.get(i).json().get("sequence_number").asInt()).isEqualTo(i);
    }
    assertThat(join(events, "response.output_text.delta", "/delta")).isEqualTo("Hello there, world");
    assertThat(count(events, "response.output_text.delta")).isEqualTo(3);
    assertThat(join(events, "response.function_call_arguments.delta", "/delta"))
        .isEqualTo("{\"city\":\"Paris\"}");
    assertThat(count(events, "response.function_call_arguments.delta")).isGreaterThan(1);
    assertThat(events.get(events.size() - 1).json().get("response")).isEqualTo(Json.parse(body));
    assertThat(events.get(0).json().at("/response/status").asText()).isEqualTo("in_progress");
  }

  @Test
  void chatCompletionsStreamInChunksWithUsageLastThenDone() throws Exception {
    server.enqueue(FakeChatCompletions.builder().id("chatcmpl-5").content("Hi you")
        .toolCall(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")).usage(20, 4).build());

    List<Event> events = events(stream("/chat/completions", STREAM_WITH_USAGE));

    assertThat(events).allSatisfy(e -> assertThat(e.name()).isNull());
    assertThat(events.get(events.size() - 1).data()).isEqualTo("[DONE]");
    List<JsonNode> chunks = events.subList(0, events.size() - 1).stream().map(Event::json).toList();
    assertThat(chunks).allSatisfy(c -> {
      assertThat(c.get("object").asText()).isEqualTo("chat.completion.chunk");
      assertThat(c.get("id").asText()).isEqualTo("chatcmpl-5");
    });
    JsonNode usage = chunks.get(chunks.size() - 1);
    assertThat(usage.get("choices")).isEmpty();
    assertThat(usage.at("/usage/prompt_tokens").asInt()).isEqualTo(20);
    assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c.get("usage").isNull()).isTrue());
    assertThat(chunks.get(0).at("/choices/0/delta/role").asText()).isEqualTo("assistant");
    assertThat(chunks.stream().map(c -> c.at("/choices/0/delta/content").asText(""))
        .collect(Collectors.joining())).isEqualTo("Hi you");
    List<JsonNode> calls = chunks.stream().map(c -> c.at("/choices/0/delta/tool_calls/0"))
        .filter(JsonNode::isObject).toList();
    assertThat(calls).hasSizeGreaterThan(2).allSatisfy(c -> assertThat(c.get("index").asInt()).isZero());
    assertThat(calls.get(0).get("id").asText()).isEqualTo("call_1");
    assertThat(calls.get(0).at("/function/name").asText()).isEqualTo("get_weather");
    assertThat(calls.subList(1, calls.size())).allSatisfy(c -> {
      assertThat(c.has("id")).isFalse();
      assertThat(c.at("/function").has("name")).isFalse();
    });
    assertThat(calls.stream().map(c -> c.at("/function/arguments").asText()).collect(Collectors.joining()))
        .isEqualTo("{\"city\":\"Paris\"}");
    assertThat(chunks.get(chunks.size() - 2).at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
  }

  @Test
  void chatCompletionsSendNoUsageChunkUnlessAsked() throws Exception {
    server.enqueue(FakeChatCompletions.text("Hi"));

    List<Event> events = events(stream("/chat/completions", STREAM));

    assertThat(events).extracting(Event::data).last().isEqualTo("[DONE]");
    assertThat(events.subList(0, events.size() - 1))
        .allSatisfy(e -> assertThat(e.json().has("usage")).isFalse())
        .allSatisfy(e -> assertThat(e.json().get("choices")).hasSize(1));
  }

  @Test
  void errorsAnswerAStreamingRequestAsJson() throws Exception {
    server.enqueue(FakeReply.error(429, "Slow down"));

    HttpResponse<String> response = http.send(request("/responses", STREAM), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(Json.parse(response.body()).at("/error/message").asText()).isEqualTo("Slow down");
  }

  @Test
  void eachEventIsSentAsItIsWrittenAtTheServersPace() throws Exception {
    server.chunkDelay(Duration.ofDays(1));
    server.enqueue(FakeOpenAiResponses.text("never finished"));
    server.enqueue(FakeReply.ok(FakeOpenAiResponses.text("at full speed")).withChunkDelay(Duration.ZERO));

    try (Stream<String> lines = stream("/responses", STREAM).body()) {
      Iterator<String> first = lines.iterator();
      assertThat(first.next()).as("the first event, while the next waits a day")
          .isEqualTo("event: response.created");
    }
    List<Event> events = events(stream("/responses", STREAM));

    assertThat(events).extracting(Event::name).last().isEqualTo("response.completed");
  }

  @Test
  void dropsAStreamOnceThenServesTheWholeAnswer() throws Exception {
    server.enqueue(FakeReply.ok(FakeChatCompletions.text("one two three four")).withStreamDroppedAfter(2));
    server.enqueue(FakeReply.ok(FakeChatCompletions.text("not streamed")).withStreamDroppedAfter(1));

    String cut = rawPost("/chat/completions", STREAM);
    List<Event> retried = events(stream("/chat/completions", STREAM));
    HttpResponse<String> plain = http.send(request("/chat/completions", "{\"model\":\"m\"}"),
        HttpResponse.BodyHandlers.ofString());

    assertThat(cut).startsWith("HTTP/1.1 200").containsIgnoringCase("Transfer-Encoding: chunked")
        .doesNotContain("[DONE]").doesNotEndWith("0\r\n\r\n");
    assertThat(cut.split("data: ", -1)).as("two events, then the connection closed").hasSize(3);
    assertThat(retried).extracting(Event::data).last().isEqualTo("[DONE]");
    assertThat(retried.stream().map(e -> e.data().equals("[DONE]") ? "" : e.json().at("/choices/0/delta/content").asText(""))
        .collect(Collectors.joining())).isEqualTo("one two three four");
    assertThat(Json.parse(plain.body()).at("/choices/0/message/content").asText()).isEqualTo("not streamed");
    assertThat(server.remaining()).isZero();
    assertThat(server.requests()).extracting(RecordedRequest::stream).containsExactly(true, true, false);
  }

  /**
   * The bytes a request gets until the server closes the connection, read from a plain socket:
   * what arrived before a drop, without an HTTP client's reaction to it.
   */
  private String rawPost(String path, String body) throws IOException {
    int port = URI.create(server.baseUrl()).getPort();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpResponse<Stream<String>> stream(String path, String body) throws Exception {
    return http.send(request(path, body), HttpResponse.BodyHandlers.ofLines());
  }

  private HttpRequest request(String path, String body) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Parses a whole stream: {@code event:} and {@code data:} fields, events ended by a blank line. */
  private static List<Event> events(HttpResponse<Stream<String>> response) {
    List<Event> events = new ArrayList<>();
    String[] name = {null};
    List<String> data = new ArrayList<>();
    try (Stream<String> lines = response.body()) {
      lines.forEach(line -> {
        if (line.isEmpty()) {
          events.add(new Event(name[0], String.join("\n", data)));
          name[0] = null;
          data.clear();
        } else if (line.startsWith("event: ")) {
          name[0] = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.add(line.substring(6));
        }
      });
    }
    return events;
  }

  private static String join(List<Event> events, String name, String pointer) {
    return events.stream().filter(e -> name.equals(e.name())).map(e -> e.json().at(pointer).asText())
        .collect(Collectors.joining());
  }

  private static long count(List<Event> events, String name) {
    return events.stream().filter(e -> name.equals(e.name())).count();
  }
}
