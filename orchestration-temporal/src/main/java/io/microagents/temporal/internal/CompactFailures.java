package io.microagents.temporal.internal;

import io.microagents.agent.ToolException;
import io.microagents.run.internal.ToolErrors;
import io.temporal.failure.ApplicationFailure;
import java.util.Arrays;

/**
 * Failures small enough for the server: a Temporal server replaces a failure over 4 KB with
 * "Failure exceeds size limit.", and a Java stack trace alone is often larger. What we
 * record keeps the cause chain's types and messages, and a few frames of where it happened.
 */
final class CompactFailures {

  /** Frames kept of a stack trace. */
  static final int FRAMES = 4;

  /** Characters kept of a message. */
  static final int MESSAGE = 2_000;

  private CompactFailures() {}

  /**
   * An application failure for an exception thrown by user code (a tool), retryable unless
   * the exception was a non-retryable {@link ApplicationFailure} or {@link ToolException}:
   * its type is the exception's class name (what retry policies match), its message the
   * cause chain, no cause attached.
   */
  static ApplicationFailure of(Throwable e) {
    ApplicationFailure failure;
    if (e instanceof ApplicationFailure a) {
      failure = ApplicationFailure.newBuilder().setMessage(clip(a.getOriginalMessage())).setType(a.getType())
          .setNonRetryable(a.isNonRetryable()).setNextRetryDelay(a.getNextRetryDelay()).build();
    } else if (e instanceof ToolException t && !t.retryable()) {
      failure = ApplicationFailure.newNonRetryableFailure(clip(ToolErrors.message(e)), e.getClass().getName());
    } else {
      failure = ApplicationFailure.newFailure(clip(ToolErrors.message(e)), e.getClass().getName());
    }
    failure.setStackTrace(frames(e.getStackTrace()));
    return failure;
  }

  /** The same failure with only the first few frames of its stack trace. */
  static <T extends Throwable> T trimmed(T e) {
    e.setStackTrace(frames(e.getStackTrace()));
    return e;
  }

  static String clip(String message) {
    if (message == null || message.length() <= MESSAGE) {
      return message;
    }
    return message.substring(0, MESSAGE) + "… (" + (message.length() - MESSAGE) + " more characters)";
  }

  private static StackTraceElement[] frames(StackTraceElement[] all) {
    return Arrays.copyOf(all, Math.min(FRAMES, all.length));
  }
}
