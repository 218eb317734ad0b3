package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.ToolDefinition;
import io.microagents.temporal.ActivityPolicy;
import io.microagents.temporal.MicroagentsOptions;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.lang.reflect.AnnotatedElement;
import java.time.Duration;

/**
 * Resolves the activity options of a model or tool call: options defaults, then
 * {@link ActivityPolicy} on the agent class or tool method, then per-agent or per-tool
 * options.
 */
public final class ActivityPolicies {

  private final MicroagentsOptions options;

  ActivityPolicies(MicroagentsOptions options) {
    this.options = options;
  }

  /** The policies of these options. */
  public static ActivityPolicies of(MicroagentsOptions options) {
    return new ActivityPolicies(options);
  }

  /** Options of the agent's model calls. */
  public ActivityOptions model(AgentDefinition agent) {
    ActivityOptions given = options.agent(agent.name());
    if (given != null) {
      return given;
    }
    return apply(options.modelActivity(), agent.agentClass());
  }

  /** Options of a function tool's calls. */
  public ActivityOptions tool(ToolDefinition tool) {
    ActivityOptions given = options.tool(tool.name());
    ActivityOptions resolved = given != null ? given : apply(options.toolActivity(), tool.method());
    if (options.toolTaskQueue() == null) {
      return resolved;
    }
    return ActivityOptions.newBuilder(resolved).setTaskQueue(options.toolTaskQueue()).build();
  }

  /** Whether the agent's model calls are local activities (the low-latency mode). */
  public boolean localModel(AgentDefinition agent) {
    return options.lowLatency().modelCalls(agent.name()) || local(agent.agentClass());
  }

  /** Whether a function tool's calls are local activities. */
  public boolean localTool(ToolDefinition tool) {
    return options.lowLatency().tool(tool.name()) || local(tool.method());
  }

  private static boolean local(AnnotatedElement element) {
    ActivityPolicy p = element == null ? null : element.getAnnotation(ActivityPolicy.class);
    return p != null && p.local();
  }

  static ActivityOptions apply(ActivityOptions base, AnnotatedElement element) {
    ActivityPolicy p = element == null ? null : element.getAnnotation(ActivityPolicy.class);
    if (p == null) {
      return base;
    }
    ActivityOptions.Builder b = ActivityOptions.newBuilder(base);
    if (p.startToCloseSeconds() > 0) {
      b.setStartToCloseTimeout(Duration.ofSeconds(p.startToCloseSeconds()));
    }
    if (p.heartbeatSeconds() > 0) {
      b.setHeartbeatTimeout(Duration.ofSeconds(p.heartbeatSeconds()));
    }
    if (p.scheduleToCloseSeconds() > 0) {
      b.setScheduleToCloseTimeout(Duration.ofSeconds(p.scheduleToCloseSeconds()));
    }
    RetryOptions.Builder r = base.getRetryOptions() == null
        ? RetryOptions.newBuilder() : RetryOptions.newBuilder(base.getRetryOptions());
    if (p.initialIntervalMillis() > 0) {
      r.setInitialInterval(Duration.ofMillis(p.initialIntervalMillis()));
    }
    if (p.backoffCoefficient() > 0) {
      r.setBackoffCoefficient(p.backoffCoefficient());
    }
    if (p.maximumIntervalSeconds() > 0) {
      r.setMaximumInterval(Duration.ofSeconds(p.maximumIntervalSeconds()));
    }
    if (p.maximumAttempts() > 0) {
      r.setMaximumAttempts(p.maximumAttempts());
    }
    if (p.doNotRetry().length > 0) {
      r.setDoNotRetry(p.doNotRetry());
    }
    return b.setRetryOptions(r.build()).build();
  }
}
