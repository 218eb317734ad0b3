package io.microagents.temporal.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
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
 * @param local whether the calls are local activities (the low-latency mode): run by the worker
 *     that runs the workflow, recorded in a marker; left out of the JSON when false, so
 *     definitions recorded before the mode existed keep their fingerprints
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
    List<String> doNotRetry,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean local) {

  public PolicySnapshot {
    doNotRetry = doNotRetry == null ? List.of() : List.copyOf(doNotRetry);
  }

  /** The policy of these activity options, for calls as regular activities. */
  public static PolicySnapshot of(ActivityOptions o) {
    return of(o, false);
  }

  /** The policy of these activity options; {@code local}: the calls are local activities. */
  public static PolicySnapshot of(ActivityOptions o, boolean local) {
    RetryOptions r = o.getRetryOptions();
    return new PolicySnapshot(millis(o.getStartToCloseTimeout()), millis(o.getScheduleToCloseTimeout()),
        local ? 0 : millis(o.getHeartbeatTimeout()), local ? null : o.getTaskQueue(), r == null ? 0 : millis(r.getInitialInterval()),
        r == null ? 0 : r.getBackoffCoefficient(), r == null ? 0 : millis(r.getMaximumInterval()),
        r == null ? 0 : r.getMaximumAttempts(),
        r == null || r.getDoNotRetry() == null ? List.of() : List.of(r.getDoNotRetry()), local);
  }

  /**
   * Local activity options with this policy: the same timeouts and retries; a local activity
   * has no heartbeat and no task queue of its own (the workflow's worker runs it).
   */
  public LocalActivityOptions toLocalOptions() {
    LocalActivityOptions.Builder b = LocalActivityOptions.newBuilder().setRetryOptions(retryOptions());
    if (startToCloseMillis > 0) {
      b.setStartToCloseTimeout(Duration.ofMillis(startToCloseMillis));
    }
    if (scheduleToCloseMillis > 0) {
      b.setScheduleToCloseTimeout(Duration.ofMillis(scheduleToCloseMillis));
    }
    return b.build();
  }

  /** Activity options with this policy. */
  public ActivityOptions toOptions() {
    ActivityOptions.Builder b = ActivityOptions.newBuilder().setRetryOptions(retryOptions());
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

  private RetryOptions retryOptions() {
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
    return r.build();
  }

  private static long millis(Duration d) {
    return d == null ? 0 : d.toMillis();
  }
}
