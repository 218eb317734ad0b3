package io.microagents.temporal.internal;

import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Heartbeats an activity from the side while it blocks (on a model's HTTP call, in a tool),
 * so that with a heartbeat timeout a worker that dies mid-call is noticed within that
 * timeout instead of after the whole start-to-close timeout. The first beat is due a quarter
 * of the timeout after the start, not at once: the server counts the heartbeat timeout from
 * the attempt's start, and the SDK sends a first heartbeat as its own request, so an
 * activity that ends sooner (a model call, a tool, usually) costs no heartbeat at all.
 */
final class Heartbeats {

  private static final ScheduledThreadPoolExecutor BEATS = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "microagents-heartbeat");
    t.setDaemon(true);
    return t;
  });

  static {
    BEATS.setRemoveOnCancelPolicy(true); // most activities end before their first beat: drop it from the queue then
  }

  private Heartbeats() {}

  /**
   * Runs {@code work}, heartbeating four times per heartbeat timeout (from a quarter of it
   * after the start) when the activity has one.
   */
  static <T> T whileRunning(ActivityExecutionContext context, Callable<T> work) throws Exception {
    Duration timeout = context.getInfo().getHeartbeatTimeout();
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      return work.call();
    }
    long every = Math.max(200, timeout.toMillis() / 4);
    ScheduledFuture<?> beat = BEATS.scheduleAtFixedRate(() -> beat(context), every, every, TimeUnit.MILLISECONDS);
    try {
      return work.call();
    } finally {
      beat.cancel(false);
    }
  }

  private static void beat(ActivityExecutionContext context) {
    try {
      context.heartbeat(null);
    } catch (RuntimeException e) {
      // Cancelled or timed out: the activity's own thread learns it from its result.
    }
  }
}
