package io.microagents.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.http.Headers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.SseException;
import io.microagents.model.ModelException;
import io.microagents.model.Secrets;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns openai-java's exceptions into {@link ModelException}s: the HTTP status, the
 * provider's own message, whether a retry may help and how long the provider asked to wait.
 *
 * <p>Messages are built from the status and the provider's error text only, never from the
 * request; and since a provider may echo the key it was sent (OpenAI repeats a malformed key
 * in its 401 text), the configured key and anything shaped like an OpenAI key are redacted
 * ({@link Secrets}) from the message and from every message of the cause chain.
 */
final class OpenAiErrors {

  private OpenAiErrors() {}

  /**
   * @param endpoint the URL called, named when no response came back; {@code null} when unknown
   * @param apiKey the key the client sends, redacted wherever it appears; {@code null} when unknown
   */
  static ModelException toModelException(RuntimeException e, String endpoint, String apiKey) {
    return toModelException(e, endpoint, apiKey, Clock.systemUTC());
  }

  static ModelException toModelException(RuntimeException e, String endpoint, String apiKey, Clock clock) {
    ModelException m = classify(e, endpoint, clock);
    return new ModelException(Secrets.redact(m.getMessage(), apiKey), m.status(), m.retryable(), m.retryAfter(),
        redacted(m.getCause(), apiKey));
  }

  /**
   * What a stream that failed while it was read reports: a connection lost mid-stream is a
   * retryable failure saying where and how far the stream got (a retry starts the answer
   * afresh); any other failure is returned as it is, for {@link #toModelException}.
   *
   * @param received how much arrived before, e.g. {@code "12 events"}
   */
  static RuntimeException cutOff(RuntimeException e, String endpoint, String received) {
    if (e instanceof ModelException || !(e instanceof OpenAIIoException || hasIoCause(e))) {
      return e;
    }
    return new ModelException("OpenAI API stream" + (endpoint == null ? "" : " from " + endpoint)
        + " broke off after " + received + ": " + rootMessage(e), 0, true, null, e);
  }

  private static ModelException classify(RuntimeException e, String endpoint, Clock clock) {
    if (e instanceof ModelException m) {
      return m;
    }
    if (e instanceof SseException s) {
      // An error sent inside a stream that had started well: the provider failed while
      // answering (as a failed response does), so a retry may succeed.
      return new ModelException("OpenAI API stream" + (endpoint == null ? "" : " from " + endpoint)
          + " reported an error: " + providerMessage(s), 0, true, null, e);
    }
    if (e instanceof OpenAIServiceException s) {
      int status = s.statusCode();
      return new ModelException("OpenAI API returned " + status + ": " + providerMessage(s),
          status, ModelException.isRetryableStatus(status), retryAfter(s.headers(), clock), e);
    }
    if (e instanceof OpenAIInvalidDataException) {
      return new ModelException("OpenAI API response could not be read: " + rootMessage(e),
          0, true, null, e);
    }
    if (e instanceof OpenAIIoException || e instanceof OpenAIRetryableException
        || hasIoCause(e)) {
      return new ModelException("OpenAI API request" + (endpoint == null ? "" : " to " + endpoint)
          + " got no response: " + rootMessage(e), 0, true, null, e);
    }
    return new ModelException("OpenAI call failed: " + rootMessage(e), 0, false, null, e);
  }

  /**
   * The cause chain as is when no message in it holds a secret; otherwise a copy of it whose
   * messages are redacted (each link a plain exception naming the original's class, with
   * its stack trace), so a logged stack trace cannot show the key either.
   */
  private static Throwable redacted(Throwable cause, String apiKey) {
    if (cause == null || !holdsSecret(cause, apiKey)) {
      return cause;
    }
    String message = cause.getMessage() == null ? "" : ": " + Secrets.redact(cause.getMessage(), apiKey);
    RuntimeException copy = new RuntimeException(cause.getClass().getName() + message,
        cause.getCause() == cause ? null : redacted(cause.getCause(), apiKey));
    copy.setStackTrace(cause.getStackTrace());
    return copy;
  }

  private static boolean holdsSecret(Throwable chain, String apiKey) {
    for (Throwable t = chain; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.equals(Secrets.redact(m, apiKey))) {
        return true;
      }
    }
    return false;
  }

  /** The {@code error.message} of the body, else the body, else the exception's message. */
  static String providerMessage(OpenAIServiceException e) {
    JsonNode body = SdkJson.toNode(e.body());
    if (body != null && body.has("error")) {
      body = body.get("error");
    }
    if (body != null && body.hasNonNull("message")) {
      return body.get("message").asText();
    }
    if (body != null && body.isTextual() && !body.asText().isBlank()) {
      return body.asText();
    }
    if (body != null && !body.isNull() && !body.isMissingNode() && !body.isEmpty()) {
      return body.toString();
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    String prefix = e.statusCode() + ": ";
    message = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return message.isBlank() ? "(no error message)" : message;
  }

  /**
   * The wait asked for by {@code retry-after-ms} or {@code Retry-After} (seconds or an HTTP
   * date), or {@code null}.
   */
  static Duration retryAfter(Headers headers, Clock clock) {
    String millis = header(headers, "retry-after-ms");
    if (millis != null) {
      try {
        return nonNegative(Duration.ofMillis(Math.round(Double.parseDouble(millis))));
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String value = header(headers, "retry-after");
    if (value == null) {
      return null;
    }
    try {
      return nonNegative(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        return nonNegative(Duration.between(clock.instant(), at.toInstant()));
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static String header(Headers headers, String name) {
    if (headers == null) {
      return null;
    }
    for (String n : headers.names()) {
      if (n.equalsIgnoreCase(name) && !headers.values(n).isEmpty()) {
        return headers.values(n).get(0).trim();
      }
    }
    return null;
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static boolean hasIoCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
        text.append(text.length() == 0 ? "" : "; caused by ")
            .append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      } else if (t.getMessage() == null && t != e && text.length() > 0) {
        text.append("; caused by ").append(t.getClass().getSimpleName()); // an EOFException says it all
      }
    }
    return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
  }
}
