package io.microagents.micrometer.internal;

import io.microagents.micrometer.MicroagentsMetrics;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.run.RunContext;
import io.microagents.temporal.ModelActivity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.converter.EncodedValues;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.failure.ApplicationFailure;

/**
 * Measures one activity attempt: a model call (the {@value ModelActivity#TYPE} activity, whose
 * input names the agent and model and whose result carries the usage), a tool call (the
 * dynamic activity named after the tool, whose second argument names the agent), or any other
 * activity (retries only).
 */
public final class ActivityMetrics extends ActivityInboundCallsInterceptorBase {

  private static final String UNKNOWN = "unknown";

  private final MeterRegistry registry;
  private ActivityInfo info;

  public ActivityMetrics(ActivityInboundCallsInterceptor next, MeterRegistry registry) {
    super(next);
    this.registry = registry;
  }

  @Override
  public void init(ActivityExecutionContext context) {
    info = context.getInfo();
    super.init(context);
  }

  @Override
  public ActivityOutput execute(ActivityInput input) {
    String type = info.getActivityType();
    Object[] args = input.getArguments();
    boolean model = ModelActivity.TYPE.equals(type) && args.length > 0 && args[0] instanceof ModelRequest;
    boolean tool = !model && args.length > 0 && args[0] instanceof EncodedValues;
    String kind = model ? "model" : tool ? "tool" : "other";
    attempt(type, kind, info.getAttempt());
    if (!model && !tool) {
      return super.execute(input);
    }
    Tags tags = model ? modelTags((ModelRequest) args[0]) : Tags.of("tool", type, "agent", agentOf((EncodedValues) args[0]));
    long start = System.nanoTime();
    ActivityOutput output;
    try {
      output = super.execute(input);
    } catch (RuntimeException | Error e) {
      finished(model, tags, "error", start);
      if (tool) {
        Counter.builder(MicroagentsMetrics.TOOL_ERRORS).tags(tags).tag("error", errorType(e)).register(registry).increment();
      }
      throw e;
    }
    finished(model, tags, "success", start);
    if (model && output.getResult() instanceof ModelResponse response) {
      tokens(tags, response.usage());
    }
    return output;
  }

  private void attempt(String type, String kind, int attempt) {
    Tags tags = Tags.of("activity", type, "kind", kind);
    DistributionSummary.builder(MicroagentsMetrics.ACTIVITY_ATTEMPT).tags(tags).register(registry).record(attempt);
    if (attempt > 1) {
      Counter.builder(MicroagentsMetrics.ACTIVITY_RETRIES).tags(tags).register(registry).increment();
    }
  }

  private void finished(boolean model, Tags tags, String outcome, long start) {
    Tags all = tags.and("outcome", outcome);
    Counter.builder(model ? MicroagentsMetrics.MODEL_CALLS : MicroagentsMetrics.TOOL_CALLS).tags(all)
        .register(registry).increment();
    Timer.builder(model ? MicroagentsMetrics.MODEL_LATENCY : MicroagentsMetrics.TOOL_LATENCY).tags(all)
        .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private void tokens(Tags tags, Usage usage) {
    Counter.builder(MicroagentsMetrics.MODEL_TOKENS).tags(tags).tag("type", "input").register(registry)
        .increment(usage.inputTokens());
    Counter.builder(MicroagentsMetrics.MODEL_TOKENS).tags(tags).tag("type", "output").register(registry)
        .increment(usage.outputTokens());
  }

  private static Tags modelTags(ModelRequest request) {
    return Tags.of("agent", orUnknown(request.agent()), "model", orUnknown(request.model()));
  }

  /** The agent of a tool call: its arguments are the model's JSON text, then the run context. */
  private static String agentOf(EncodedValues args) {
    try {
      RunContext context = args.getSize() > 1 ? args.get(1, RunContext.class) : null;
      return context == null ? UNKNOWN : orUnknown(context.agent());
    } catch (RuntimeException e) {
      return UNKNOWN; // not ours to fail: the tool activity reports bad input itself
    }
  }

  private static String errorType(Throwable e) {
    return e instanceof ApplicationFailure failure && failure.getType() != null ? failure.getType()
        : e.getClass().getSimpleName();
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? UNKNOWN : s;
  }
}
