package io.microagents.temporal.internal;

import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Heartbeats an activity from the side while it blocks (on a model's HTTP call, in a tool),
 * so that with a heartbeat timeout a worker that dies mid-call is noticed within that
 * timeout instead of after the whole start-to-close timeout.
 */
final class Heartbeats {

  private static final ScheduledExecutorService BEATS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "microagents-heartbeat");
    t.setDaemon(true);
    return t;
  });

  private Heartbeats() {}

  /**
   * Runs {@code work}, heartbeating at once and then four times per heartbeat timeout when
   * the activity has one.
   */
  static <T> T whileRunning(ActivityExecutionContext context, Callable<T> work) throws Exception {
    Duration timeout = context.getInfo().getHeartbeatTimeout();
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      return work.call();
    }
    long every = Math.max(200, timeout.toMillis() / 4);
    ScheduledFuture<?> beat = BEATS.scheduleAtFixedRate(() -> beat(context), 0, every, TimeUnit.MILLISECONDS);
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
