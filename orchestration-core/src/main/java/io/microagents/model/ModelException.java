package io.microagents.model;

import java.time.Duration;

/**
 * A model call failed. Says whether a retry may cure it and, when the provider said so,
 * how long to wait first.
 */
public class ModelException extends RuntimeException {

  private final int status;
  private final boolean retryable;
  private final Duration retryAfter;

  /**
   * @param message what went wrong, including the provider's own message
   * @param status the HTTP status, or 0 when there was no response
   * @param retryable whether a retry may succeed (rate limits, 5xx, connection errors)
   * @param retryAfter the delay the provider asked for, or {@code null}
   * @param cause the underlying error, or {@code null}
   */
  public ModelException(
      String message, int status, boolean retryable, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** Whether a retry may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** The delay the provider asked for before a retry, or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whether an HTTP status is worth a retry: 408, 409, 429 and 5xx. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }
}
