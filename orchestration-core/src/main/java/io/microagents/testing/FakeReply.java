package io.microagents.testing;

import io.microagents.json.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scripted answer of a {@link FakeOpenAiServer}: a status and JSON body, or a fault
 * (late answer, connection dropped without a response, truncated body).
 *
 * <p>Immutable; the {@code with…} methods return a copy.
 *
 * @param status the HTTP status
 * @param body the response body as sent (JSON text, or a fragment of it)
 * @param headers extra response headers
 * @param delay how long to wait before answering; {@code null} or zero answers at once
 * @param fault a fault instead of (or on top of) a normal answer
 */
public record FakeReply(
    int status, String body, Map<String, String> headers, Duration delay, Fault fault) {

  /** How a reply misbehaves. */
  public enum Fault {
    /** A well-formed answer. */
    NONE,
    /** The connection is closed without any response. */
    CONNECTION_RESET,
    /** Only the first half of the body is sent (with a matching Content-Length). */
    TRUNCATED_BODY
  }

  public FakeReply {
    body = body == null ? "" : body;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    delay = delay == null ? Duration.ZERO : delay;
    fault = fault == null ? Fault.NONE : fault;
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
    return new FakeReply(status, body, all, delay, fault);
  }

  /** This reply, sent only after {@code delay}. */
  public FakeReply withDelay(Duration delay) {
    return new FakeReply(status, body, headers, delay, fault);
  }
}
