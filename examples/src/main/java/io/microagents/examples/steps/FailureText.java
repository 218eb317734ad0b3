package io.microagents.examples.steps;

import io.microagents.examples.StepPrinter;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.api.failure.v1.Failure;
import java.time.Duration;

/**
 * A failed attempt in one line: a timeout says which and after how long; otherwise the
 * messages of the failure and its causes, each once. A long line loses its middle, not its
 * end, where the deepest cause (an address, a status) usually is.
 */
final class FailureText {

  /** The longest failure text shown. */
  static final int MAX = 300;

  private FailureText() {}

  static String of(Failure failure, ActivityTimeouts timeouts) {
    StringBuilder text = new StringBuilder();
    for (Failure f = failure; f != null; f = f.hasCause() ? f.getCause() : null) {
      if (f.hasTimeoutFailureInfo()) {
        append(text, timeout(f.getTimeoutFailureInfo().getTimeoutType(), timeouts));
        break;
      }
      append(text, f.getMessage());
    }
    if (text.length() == 0) {
      append(text, "failed, without a message");
    }
    return StepPrinter.shortenKeepingEnd(text.toString(), MAX);
  }

  static String timeout(TimeoutType type, ActivityTimeouts t) {
    return switch (type) {
      case TIMEOUT_TYPE_START_TO_CLOSE -> after("timed out after ", t.startToClose(), "timed out (start-to-close)");
      case TIMEOUT_TYPE_HEARTBEAT -> after("no heartbeat for ", t.heartbeat(), "no heartbeat in time")
          + " (the worker died or hung)";
      case TIMEOUT_TYPE_SCHEDULE_TO_START -> after("no worker picked it up within ", t.scheduleToStart(),
          "no worker picked it up in time");
      case TIMEOUT_TYPE_SCHEDULE_TO_CLOSE -> after("timed out after ", t.scheduleToClose(), "timed out")
          + " in all (schedule-to-close)";
      default -> "timed out";
    };
  }

  private static String after(String prefix, Duration d, String otherwise) {
    return d.isZero() ? otherwise : prefix + ActivityTimeouts.brief(d);
  }

  private static void append(StringBuilder text, String message) {
    if (message == null || message.isBlank() || text.indexOf(message) >= 0) {
      return;
    }
    text.append(text.length() == 0 ? "" : ": ").append(message);
  }
}
