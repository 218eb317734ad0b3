package io.microagents.examples.steps;

import com.google.protobuf.util.Durations;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import java.time.Duration;

/**
 * An activity's timeouts, as its schedule recorded them: what a timed-out attempt's line
 * names ("timed out after 2m") instead of an empty message.
 *
 * @param startToClose how long one attempt may run
 * @param heartbeat how long an attempt may go without a heartbeat ({@link Duration#ZERO}: none)
 * @param scheduleToStart how long it may wait for a worker
 * @param scheduleToClose how long all attempts together may take
 */
record ActivityTimeouts(Duration startToClose, Duration heartbeat, Duration scheduleToStart, Duration scheduleToClose) {

  /** Nothing known. */
  static final ActivityTimeouts UNKNOWN = new ActivityTimeouts(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  static ActivityTimeouts of(ActivityTaskScheduledEventAttributes a) {
    return new ActivityTimeouts(java(a.getStartToCloseTimeout()), java(a.getHeartbeatTimeout()),
        java(a.getScheduleToStartTimeout()), java(a.getScheduleToCloseTimeout()));
  }

  static ActivityTimeouts of(io.temporal.api.activity.v1.ActivityOptions o) {
    return new ActivityTimeouts(java(o.getStartToCloseTimeout()), java(o.getHeartbeatTimeout()),
        java(o.getScheduleToStartTimeout()), java(o.getScheduleToCloseTimeout()));
  }

  /** A duration as a person writes it: 90s is 1m30s, 2h, 500ms. */
  static String brief(Duration d) {
    if (d.toMillis() < 1000) {
      return d.toMillis() + "ms";
    }
    long s = d.toSeconds();
    StringBuilder text = new StringBuilder();
    if (s >= 3600) {
      text.append(s / 3600).append('h');
    }
    if (s % 3600 >= 60) {
      text.append(s % 3600 / 60).append('m');
    }
    if (s % 60 != 0) {
      text.append(s % 60).append('s');
    }
    return text.toString();
  }

  private static Duration java(com.google.protobuf.Duration d) {
    return Duration.ofMillis(Durations.toMillis(d));
  }
}
