package io.microagents.examples.cli;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.microagents.model.ModelException;
import io.temporal.failure.TemporalFailure;

/**
 * Reduces any failure to one line a user can act on: the deepest cause's own message
 * (Temporal failures unwrapped to their original message), with plain words for the usual
 * suspects — Temporal unreachable, the model server refusing the API key.
 */
final class ErrorLine {

  private static final int MAX_LENGTH = 400;

  private ErrorLine() {}

  static String of(Throwable error) {
    String deepest = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UserError) {
        return oneLine(t.getMessage());
      }
      if (t instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.UNAVAILABLE) {
        return oneLine("Cannot reach Temporal: " + s.getStatus().getDescription());
      }
      if (t instanceof ModelException m && (m.status() == 401 || m.status() == 403)) {
        return oneLine("The model server rejected the API key (HTTP " + m.status() + "); check OPENAI_API_KEY. " + m.getMessage());
      }
      String message = t instanceof TemporalFailure f ? f.getOriginalMessage() : t.getMessage();
      if (message != null && !message.isBlank()) {
        deepest = message;
      }
      if (message != null && (message.contains(" 401") || message.contains("status 401") || message.contains("invalid_api_key"))) {
        return oneLine("The model server rejected the API key; check OPENAI_API_KEY. " + message);
      }
    }
    return oneLine(deepest == null ? error.getClass().getSimpleName() : deepest);
  }

  private static String oneLine(String text) {
    String one = text.replaceAll("\\s+", " ").trim();
    return one.length() <= MAX_LENGTH ? one : one.substring(0, MAX_LENGTH - 3) + "...";
  }
}
