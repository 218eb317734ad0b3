package io.microagents.testing;

import io.microagents.json.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scripted answer of a {@link FakeOpenAiServer}: a status and JSON body, or a fault
 * (late answer, connection dropped without a response, truncated body, stream cut off).
 *
 * <p>A 200 answer to a request with {@code "stream": true} is sent as the API streams it
 * (Server-Sent Events, the text in several pieces), built from the same body; see
 * {@link FakeOpenAiServer}. Immutable; the {@code with…} methods return a copy.
 *
 * @param status the HTTP status
 * @param body the response body as sent (JSON text, or a fragment of it)
 * @param headers extra response headers
 * @param delay how long to wait before answering; {@code null} or zero answers at once
 * @param fault a fault instead of (or on top of) a normal answer
 * @param chunkDelay when streamed, the pause before each event after the first; {@code null}
 *     takes the server's ({@link FakeOpenAiServer#chunkDelay(Duration)})
 * @param dropAfter with {@link Fault#STREAM_DROPPED}, how many events are streamed before the
 *     connection drops
 */
public record FakeReply(
    int status, String body, Map<String, String> headers, Duration delay, Fault fault,
    Duration chunkDelay, int dropAfter) {

  /** How a reply misbehaves. */
  public enum Fault {
    /** A well-formed answer. */
    NONE,
    /** The connection is closed without any response. */
    CONNECTION_RESET,
    /** Only the first half of the body is sent (with a matching Content-Length). */
    TRUNCATED_BODY,
    /**
     * A streamed answer stops after {@link #dropAfter()} events: the connection closes in the
     * middle of the response. Once: see {@link #withStreamDroppedAfter(int)}.
     */
    STREAM_DROPPED
  }

  public FakeReply {
    body = body == null ? "" : body;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    delay = delay == null ? Duration.ZERO : delay;
    fault = fault == null ? Fault.NONE : fault;
    if (chunkDelay != null && chunkDelay.isNegative()) {
      throw new IllegalArgumentException("chunkDelay must not be negative, got " + chunkDelay);
    }
    if (dropAfter < 0) {
      throw new IllegalArgumentException("dropAfter must not be negative, got " + dropAfter);
    }
  }

  /** A reply streamed at the server's pace and never cut off. */
  public FakeReply(int status, String body, Map<String, String> headers, Duration delay, Fault fault) {
    this(status, body, headers, delay, fault, null, 0);
  }

  /** A 200 answer with a JSON body. */
  public static FakeReply ok(String json) {
    return json(200, json);
  }

  /** An answer with any status and a raw JSON body. */
  public static FakeReply json(int status, String json) {
    return new FakeReply(status, json, Map.of(), Duration.ZERO, Fault.NONE);
  }

  /**
   * A provider-style error: {@code {"error":{"message":…,"type":…,"code":…,"param":null}}}.
   *
   * @param type e.g. {@code invalid_request_error}; {@code null} is sent as JSON null
   * @param code e.g. {@code model_not_found}; {@code null} is sent as JSON null
   */
  public static FakeReply error(int status, String message, String type, String code) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("type", type);
    error.put("param", null);
    error.put("code", code);
    return json(status, Json.write(Map.of("error", error)));
  }

  /** A provider-style error with a type guessed from the status and no code. */
  public static FakeReply error(int status, String message) {
    String type = status == 429 ? "rate_limit_error"
        : status >= 500 ? "server_error"
        : status == 401 ? "authentication_error"
        : "invalid_request_error";
    return error(status, message, type, null);
  }

  /**
   * For a streaming request: a stream that starts (status 200) and then reports an error, as
   * a provider does when it fails while answering: a {@code data:} line with an error object
   * (Chat Completions) or an {@code error} event (Responses API).
   *
   * @param code e.g. {@code server_error}; {@code null} is sent as JSON null
   */
  public static FakeReply streamError(String message, String code) {
    return error(200, message, "server_error", code);
  }

  /** The connection is closed before any response is written. */
  public static FakeReply connectionReset() {
    return new FakeReply(0, "", Map.of(), Duration.ZERO, Fault.CONNECTION_RESET);
  }

  /** A 200 answer whose JSON body is cut in half, so it cannot be parsed. */
  public static FakeReply truncated(String json) {
    return new FakeReply(200, json, Map.of(), Duration.ZERO, Fault.TRUNCATED_BODY);
  }

  /** An answer that does not come: the server waits until it is closed. */
  public static FakeReply never() {
    return ok("{}").withDelay(Duration.ofDays(1));
  }

  /** This reply with a {@code Retry-After} header (seconds, or an HTTP date). */
  public FakeReply withRetryAfter(String value) {
    return withHeader("Retry-After", value);
  }

  /** This reply with one more response header. */
  public FakeReply withHeader(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return new FakeReply(status, body, all, delay, fault, chunkDelay, dropAfter);
  }

  /** This reply, sent only after {@code delay}. */
  public FakeReply withDelay(Duration delay) {
    return new FakeReply(status, body, headers, delay, fault, chunkDelay, dropAfter);
  }

  /**
   * This reply, when streamed, pausing {@code chunkDelay} before each event after the first
   * (whatever the server's pace): a stream at a fixed rate, for demos and benchmarks.
   */
  public FakeReply withChunkDelay(Duration chunkDelay) {
    return new FakeReply(status, body, headers, delay, fault, Objects.requireNonNull(chunkDelay), dropAfter);
  }

  /**
   * This reply, the first time it is streamed, cut off after {@code events} events: the
   * connection closes mid-response, as when a network or the provider fails. It then stays at
   * the head of its queue without the fault, so the retry gets the whole answer. With
   * {@code events} at least the answer's number of events (a short text streams as about ten),
   * every event is sent and the connection still drops before the response ends. A request
   * that does not stream gets the whole answer, and the reply is used up as usual. (A reply a
   * {@link FakeOpenAiServer#respondWith responder} returns is cut off each time it is returned.)
   */
  public FakeReply withStreamDroppedAfter(int events) {
    return new FakeReply(status, body, headers, delay, Fault.STREAM_DROPPED, chunkDelay, events);
  }

  /** This reply without its fault: what the retry after a dropped stream gets. */
  FakeReply withoutFault() {
    return new FakeReply(status, body, headers, delay, Fault.NONE, chunkDelay, 0);
  }
}
