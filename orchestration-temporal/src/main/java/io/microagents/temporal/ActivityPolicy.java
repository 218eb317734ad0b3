package io.microagents.temporal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Timeouts and retries of the activities behind an agent or a tool, when run durably.
 *
 * <ul>
 *   <li>On an {@code @Agent} class: that agent's model calls.
 *   <li>On a {@code @Tool} method: that tool's calls.
 * </ul>
 *
 * <p>Attributes left at 0 (or empty) keep the value below them: the defaults of
 * {@link MicroagentsOptions}. Options given per agent or per tool at worker setup win over
 * this annotation. Ignored in-process.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ActivityPolicy {

  /** Longest time one attempt may take, in seconds. */
  long startToCloseSeconds() default 0;

  /**
   * Heartbeat timeout, in seconds: the worker heartbeats while the call runs, so a worker
   * that dies is noticed after this long rather than after {@link #startToCloseSeconds()}.
   */
  long heartbeatSeconds() default 0;

  /** Longest time all attempts together may take, in seconds; 0 leaves it unbounded. */
  long scheduleToCloseSeconds() default 0;

  /** Delay before the first retry, in milliseconds. */
  long initialIntervalMillis() default 0;

  /** Factor by which the delay grows after each retry. */
  double backoffCoefficient() default 0;

  /** Upper bound of the delay between retries, in seconds. */
  long maximumIntervalSeconds() default 0;

  /** Attempts in all, the first included; 1 means no retry. */
  int maximumAttempts() default 0;

  /** Failure types (exception class names) never retried. */
  String[] doNotRetry() default {};

  /**
   * Run the calls as local activities (the low-latency mode, see {@link LowLatency}): on an
   * agent class, its model calls; on a tool method, that tool's calls — only for a tool that
   * is safe to run twice and short. {@link #heartbeatSeconds()} does not apply to them.
   */
  boolean local() default false;
}
