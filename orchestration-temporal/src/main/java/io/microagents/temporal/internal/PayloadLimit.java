package io.microagents.temporal.internal;

import io.microagents.json.Json;
import io.temporal.client.WorkflowClient;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks a payload against the server's size limit before it is recorded, when no External
 * Storage would move it out of history: a payload over the limit is refused by the server
 * (the run terminated, or its workflow task failing forever), so we refuse it first, saying
 * what was too large and how to fix it.
 */
final class PayloadLimit {

  /** The failure type of an activity result over the limit; never retried. */
  static final String TOO_LARGE = "PayloadTooLarge";

  private PayloadLimit() {}

  /** Whether this client moves large payloads to External Storage. */
  static boolean stored(WorkflowClient client) {
    return client.getOptions().getExternalStorage() != null;
  }

  /** The size of a value's JSON in bytes; a string's quickly bounded first. */
  static long size(Object value, int limit) {
    if (value instanceof String s && (long) s.length() * 6 < limit) {
      return s.length(); // a lower bound, enough to know it fits
    }
    return Json.write(value).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Fails an activity whose result would not fit. */
  static void checkResult(WorkflowClient client, int limit, Object value, String what) {
    if (stored(client)) {
      return;
    }
    long size = size(value, limit);
    if (size > limit) {
      throw ApplicationFailure.newNonRetryableFailure(message(what, size, limit), TOO_LARGE);
    }
  }

  static String message(String what, long size, int limit) {
    return what + " is " + mb(size) + ", over the " + mb(limit) + " payload limit of the Temporal server, and "
        + "the worker's client has no External Storage to keep it out of history. Configure one (a payload "
        + "store: see docs/guarantees.md, \"Limits\") or make it smaller.";
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.2f MB", bytes / 1_000_000.0);
  }
}
