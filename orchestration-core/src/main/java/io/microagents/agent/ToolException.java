package io.microagents.agent;

/**
 * A tool's failure that trying again will not cure: throw it from a tool to give the model
 * the error at once. Any other exception a tool throws is, when the run is durable, retried
 * by the tool activity's retry policy first (by default 5 attempts, about 15 seconds) and
 * only then shown to the model. In-process tools are never retried, so there the two behave
 * alike.
 *
 * <pre>{@code
 * @Tool("Books a flight")
 * public String book(@Param(name = "to") String to) {
 *   if (!airports.contains(to)) {
 *     throw new ToolException("No airport named " + to + "; known: " + airports);
 *   }
 *   ...
 * }
 * }</pre>
 *
 * <p>The model sees the message (and the causes' messages) as the tool's output, or the run
 * fails with {@code RunOptions.toolErrors = FAIL_RUN}. {@link #retryable} makes one that is
 * retried like any other exception, for a clear message on a transient failure.
 */
public class ToolException extends RuntimeException {

  private final boolean retryable;

  /** A failure the model is told about at once, without retries. */
  public ToolException(String message) {
    this(message, null, false);
  }

  /** A failure the model is told about at once, without retries, with its cause. */
  public ToolException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private ToolException(String message, Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** A failure retried by the durable retry policy like any other exception, then told to the model. */
  public static ToolException retryable(String message, Throwable cause) {
    return new ToolException(message, cause, true);
  }

  /** Whether a durable run retries the call before the model hears of it. */
  public boolean retryable() {
    return retryable;
  }
}
