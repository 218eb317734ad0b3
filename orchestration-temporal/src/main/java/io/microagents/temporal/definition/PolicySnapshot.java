package io.microagents.temporal.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;

/**
 * The timeouts, retries and task queue of a model or tool call, as they were when the run
 * started: what {@code MicroagentsOptions} and {@code @ActivityPolicy} resolved to. Times are
 * in milliseconds, 0 for unset.
 *
 * @param startToCloseMillis per attempt
 * @param scheduleToCloseMillis over all attempts
 * @param heartbeatMillis heartbeat timeout
 * @param taskQueue the activity's task queue, or {@code null} for the workflow's
 * @param initialIntervalMillis first retry delay
 * @param backoffCoefficient growth of the retry delay (0: the SDK's default)
 * @param maximumIntervalMillis longest retry delay
 * @param maximumAttempts attempts in all (0: unlimited)
 * @param doNotRetry failure types never retried
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicySnapshot(
    long startToCloseMillis,
    long scheduleToCloseMillis,
    long heartbeatMillis,
    String taskQueue,
    long initialIntervalMillis,
    double backoffCoefficient,
    long maximumIntervalMillis,
    int maximumAttempts,
    List<String> doNotRetry) {

  public PolicySnapshot {
    doNotRetry = doNotRetry == null ? List.of() : List.copyOf(doNotRetry);
  }

  /** The policy of these activity options. */
  public static PolicySnapshot of(ActivityOptions o) {
    RetryOptions r = o.getRetryOptions();
    return new PolicySnapshot(millis(o.getStartToCloseTimeout()), millis(o.getScheduleToCloseTimeout()),
        millis(o.getHeartbeatTimeout()), o.getTaskQueue(), r == null ? 0 : millis(r.getInitialInterval()),
        r == null ? 0 : r.getBackoffCoefficient(), r == null ? 0 : millis(r.getMaximumInterval()),
        r == null ? 0 : r.getMaximumAttempts(),
        r == null || r.getDoNotRetry() == null ? List.of() : List.of(r.getDoNotRetry()));
  }

  /** Activity options with this policy. */
  public ActivityOptions toOptions() {
    RetryOptions.Builder r = RetryOptions.newBuilder().setMaximumAttempts(maximumAttempts);
    if (initialIntervalMillis > 0) {
      r.setInitialInterval(Duration.ofMillis(initialIntervalMillis));
    }
    if (backoffCoefficient > 0) {
      r.setBackoffCoefficient(backoffCoefficient);
    }
    if (maximumIntervalMillis > 0) {
      r.setMaximumInterval(Duration.ofMillis(maximumIntervalMillis));
    }
    if (!doNotRetry.isEmpty()) {
      r.setDoNotRetry(doNotRetry.toArray(String[]::new));
    }
    ActivityOptions.Builder b = ActivityOptions.newBuilder().setRetryOptions(r.build());
    if (startToCloseMillis > 0) {
      b.setStartToCloseTimeout(Duration.ofMillis(startToCloseMillis));
    }
    if (scheduleToCloseMillis > 0) {
      b.setScheduleToCloseTimeout(Duration.ofMillis(scheduleToCloseMillis));
    }
    if (heartbeatMillis > 0) {
      b.setHeartbeatTimeout(Duration.ofMillis(heartbeatMillis));
    }
    if (taskQueue != null) {
      b.setTaskQueue(taskQueue);
    }
    return b.build();
  }

  private static long millis(Duration d) {
    return d == null ? 0 : d.toMillis();
  }
}
