package io.microagents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.microagents.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link FakeReply} as a stream of Server-Sent Events, the way the API answers a
 * request with {@code "stream": true}: Responses API events ({@link FakeResponsesEvents}) or
 * Chat Completions chunks ({@link FakeChatChunks}) built from the reply's body, each flushed
 * on its own, at a set pace, and cut off when the reply says so.
 */
final class FakeStreamWriter {

  /**
   * Thrown out of the handler to drop the connection mid-response: the JDK server closes the
   * socket of a handler that fails before the response is complete, so the client sees the
   * stream end without its last chunk, as when a network fails.
   */
  static final class Dropped extends IOException {
    Dropped(String message) {
      super(message);
    }
  }

  private FakeStreamWriter() {}

  /**
   * The events to stream for {@code reply}; {@code null} when it is answered as is: the request
   * does not stream, the reply is not a 200 answer (errors come as JSON even to a streaming
   * request), it is another fault, or its body is not an answer of the API called.
   */
  static List<SseEvent> events(RecordedRequest request, FakeReply reply) {
    if (!request.stream() || reply.status() != 200
        || !(reply.fault() == FakeReply.Fault.NONE || reply.fault() == FakeReply.Fault.STREAM_DROPPED)) {
      return null;
    }
    JsonNode answer = FakeOpenAiServer.parse(reply.body());
    boolean responses = FakeOpenAiServer.RESPONSES_PATH.equals(request.path());
    if (answer != null && answer.path("error").isObject()) {
      return List.of(error(answer.get("error"), responses));
    }
    if (responses) {
      return FakeResponsesEvents.of(answer);
    }
    boolean usage = request.body().path("stream_options").path("include_usage").asBoolean(false);
    return FakeChatChunks.of(answer, usage);
  }

  /** An error reported inside a stream, as each API frames it. */
  private static SseEvent error(JsonNode error, boolean responses) {
    if (!responses) {
      return new SseEvent(null, Json.write(Map.of("error", error)));
    }
    ObjectNode event = Json.mapper().createObjectNode().put("type", "error");
    event.set("code", error.path("code"));
    event.set("message", error.path("message"));
    event.putNull("param").put("sequence_number", 0);
    return new SseEvent("error", Json.write(event));
  }

  /**
   * Streams the events, pausing {@code chunkDelay} before each after the first.
   *
   * @throws Dropped when the reply's fault cuts the stream off (or the server stops meanwhile):
   *     let it leave the handler, and do not close the exchange
   */
  static void write(HttpExchange exchange, FakeReply reply, List<SseEvent> events, Duration chunkDelay)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(200, 0); // chunked: the length is not known up front
    int dropAfter = reply.fault() == FakeReply.Fault.STREAM_DROPPED ? reply.dropAfter() : Integer.MAX_VALUE;
    OutputStream out = exchange.getResponseBody();
    for (int i = 0; i < events.size(); i++) {
      if (i == dropAfter) {
        throw new Dropped("FakeOpenAiServer: stream dropped after " + i + " events");
      }
      if (i > 0 && !chunkDelay.isZero() && !pause(chunkDelay)) {
        throw new Dropped("FakeOpenAiServer: stopped while streaming");
      }
      out.write(events.get(i).frame());
      out.flush();
    }
    if (dropAfter != Integer.MAX_VALUE) { // asked to drop after the last event: still no proper end
      throw new Dropped("FakeOpenAiServer: stream dropped after its last event");
    }
  }

  private static boolean pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
