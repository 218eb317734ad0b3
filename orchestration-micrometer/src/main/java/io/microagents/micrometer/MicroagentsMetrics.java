package io.microagents.micrometer;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.microagents.micrometer.internal.ActivityMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.time.Duration;
import java.util.Objects;

/**
 * The meters of durable agents, and the two ways to get them into a {@link MeterRegistry}: a
 * worker interceptor that measures model calls, tokens, tools and retries where they run (in
 * activities, which are never replayed), and a scope that carries Temporal's own SDK metrics
 * (workflow task failures, activity latencies, poller and cache health) to the same registry.
 * Runs active and waiting for a person come from {@link RunGauges}. docs/metrics.md lists every
 * meter and its tags.
 *
 * <pre>{@code
 * WorkerFactory factory = WorkerFactory.newInstance(client, WorkerFactoryOptions.newBuilder()
 *     .setWorkerInterceptors(MicroagentsMetrics.workerInterceptor(registry)).build());
 * WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
 *     .setTarget(address).setMetricsScope(MicroagentsMetrics.temporalScope(registry, Duration.ofSeconds(10))).build());
 * }</pre>
 */
public final class MicroagentsMetrics {

  /** Counter: model calls, tagged {@code agent}, {@code model}, {@code outcome} ({@code success} or {@code error}). */
  public static final String MODEL_CALLS = "microagents.model.calls";
  /** Timer: how long a model call attempt took, same tags as {@link #MODEL_CALLS}. */
  public static final String MODEL_LATENCY = "microagents.model.latency";
  /** Counter: tokens, tagged {@code agent}, {@code model}, {@code type} ({@code input} or {@code output}). */
  public static final String MODEL_TOKENS = "microagents.model.tokens";
  /** Counter: tool calls, tagged {@code tool}, {@code agent}, {@code outcome}. */
  public static final String TOOL_CALLS = "microagents.tool.calls";
  /** Timer: how long a tool call attempt took, same tags as {@link #TOOL_CALLS}. */
  public static final String TOOL_LATENCY = "microagents.tool.latency";
  /** Counter: tool call attempts that failed, tagged {@code tool}, {@code agent}, {@code error} (the failure type). */
  public static final String TOOL_ERRORS = "microagents.tool.errors";
  /** Counter: activity attempts after the first, tagged {@code activity} (its type) and {@code kind}. */
  public static final String ACTIVITY_RETRIES = "microagents.activity.retries";
  /**
   * Distribution summary: the attempt number of each activity execution, tagged
   * {@code activity} and {@code kind}; its maximum says how far the worst one retried.
   */
  public static final String ACTIVITY_ATTEMPT = "microagents.activity.attempt";
  /** Gauge: runs open now, tagged {@code workflow_type}. */
  public static final String RUNS_ACTIVE = "microagents.runs.active";
  /** Gauge: open runs with a question or an approval pending, tagged {@code workflow_type}. */
  public static final String RUNS_WAITING = "microagents.runs.waiting";
  /** Time gauge (seconds): the age of the oldest pending question or approval, tagged {@code workflow_type}. */
  public static final String RUNS_WAITING_OLDEST = "microagents.runs.waiting.oldest";
  /** Gauge: open runs that did not answer the status query (a failing workflow task, no worker), tagged {@code workflow_type}. */
  public static final String RUNS_UNREADABLE = "microagents.runs.unreadable";

  private MicroagentsMetrics() {}

  /**
   * A worker interceptor that measures every activity the worker runs: give it to the
   * {@code WorkerFactoryOptions} of each worker factory that runs model calls or tools.
   */
  public static WorkerInterceptor workerInterceptor(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return new WorkerInterceptorBase() {
      @Override
      public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new ActivityMetrics(next, registry);
      }
    };
  }

  /**
   * A scope that reports Temporal's SDK metrics ({@code temporal_workflow_task_execution_failed},
   * {@code temporal_activity_execution_failed}, …) into {@code registry} every
   * {@code reportEvery}: set it on {@code WorkflowServiceStubsOptions} (or
   * {@code TestEnvironmentOptions}). Close it when the service stubs close.
   */
  public static Scope temporalScope(MeterRegistry registry, Duration reportEvery) {
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(registry))
        .reportEvery(com.uber.m3.util.Duration.ofMillis(reportEvery.toMillis()));
  }
}
