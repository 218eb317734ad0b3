package io.microagents.opentelemetry.internal;

import io.microagents.items.HandoffCall;
import io.microagents.items.ToolCall;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.run.RunContext;
import io.microagents.temporal.ModelActivity;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.converter.EncodedValues;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.failure.ApplicationFailure;
import java.util.List;

/**
 * One span per activity attempt, under the run that scheduled it (its header): a model call
 * as {@code chat <model>} with the GenAI attributes (model, agent, usage, finish reasons), a
 * tool as {@code execute_tool <tool>}, any other activity as {@code RunActivity:<type>}.
 * Activities are never replayed, so each attempt makes exactly one span. Prompts, outputs,
 * tool arguments and results are recorded only when asked.
 */
public final class ActivityTracing extends ActivityInboundCallsInterceptorBase {

  private static final AttributeKey<List<String>> FINISH_REASONS = AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");

  private final Tracer tracer;
  private final String system;
  private final boolean content;
  private ActivityInfo info;

  public ActivityTracing(ActivityInboundCallsInterceptor next, Tracer tracer, String system, boolean content) {
    super(next);
    this.tracer = tracer;
    this.system = system;
    this.content = content;
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
    ModelRequest request = ModelActivity.TYPE.equals(type) && args.length > 0 && args[0] instanceof ModelRequest r ? r : null;
    EncodedValues toolArgs = request == null && args.length > 0 && args[0] instanceof EncodedValues v ? v : null;
    SpanBuilder builder;
    if (request != null) {
      // An agent with no model of its own leaves it to the provider's default: the span is "chat", as GenAI conventions say.
      boolean named = request.model() != null && !request.model().isBlank();
      builder = tracer.spanBuilder(named ? "chat " + request.model() : "chat").setSpanKind(SpanKind.CLIENT)
          .setAttribute("gen_ai.operation.name", "chat").setAttribute("gen_ai.system", system)
          .setAttribute("gen_ai.agent.name", request.agent());
      if (named) {
        builder.setAttribute("gen_ai.request.model", request.model());
      }
      if (content) {
        builder.setAttribute("gen_ai.system_instructions", String.valueOf(request.instructions()))
            .setAttribute("gen_ai.input.messages", Json.write(request.input()));
      }
    } else if (toolArgs != null) {
      builder = tracer.spanBuilder("execute_tool " + type).setSpanKind(SpanKind.INTERNAL)
          .setAttribute("gen_ai.operation.name", "execute_tool").setAttribute("gen_ai.tool.name", type);
      RunContext context = toolArgs.getSize() > 1 ? quietly(() -> toolArgs.get(1, RunContext.class)) : null;
      if (context != null && context.agent() != null) {
        builder.setAttribute("gen_ai.agent.name", context.agent());
      }
      if (content && toolArgs.getSize() > 0) {
        builder.setAttribute("gen_ai.tool.call.arguments", String.valueOf(quietly(() -> toolArgs.get(0, String.class))));
      }
    } else {
      builder = tracer.spanBuilder("RunActivity:" + type).setSpanKind(SpanKind.SERVER);
    }
    SpanContext parent = TraceHeaders.extract(input.getHeader());
    builder.setParent(parent.isValid() ? Context.root().with(Span.wrap(parent)) : Context.current())
        .setAttribute("temporal.workflow.id", info.getWorkflowId())
        .setAttribute("temporal.activity.type", type)
        .setAttribute(AttributeKey.longKey("temporal.activity.attempt"), (long) info.getAttempt());
    Span span = builder.startSpan();
    try (Scope ignored = span.makeCurrent()) { // a tool's own HTTP calls, traced, nest under it
      ActivityOutput output = super.execute(input);
      Object result = output.getResult();
      if (result instanceof ModelResponse response) {
        responded(span, response);
      } else if (toolArgs != null && content && result != null) {
        span.setAttribute("gen_ai.tool.call.result", String.valueOf(result));
      }
      return output;
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR, e instanceof ApplicationFailure f ? f.getOriginalMessage() : e.getMessage());
      span.setAttribute("error.type", e instanceof ApplicationFailure f && f.getType() != null ? f.getType() : e.getClass().getName());
      throw e;
    } finally {
      span.end();
    }
  }

  private void responded(Span span, ModelResponse response) {
    span.setAttribute(AttributeKey.longKey("gen_ai.usage.input_tokens"), response.usage().inputTokens());
    span.setAttribute(AttributeKey.longKey("gen_ai.usage.output_tokens"), response.usage().outputTokens());
    // Our responses keep no provider finish reason: a response that calls tools or hands off is "tool_calls".
    boolean calls = response.output().stream().anyMatch(i -> i instanceof ToolCall || i instanceof HandoffCall);
    span.setAttribute(FINISH_REASONS, List.of(calls ? "tool_calls" : "stop"));
    if (response.responseId() != null) {
      span.setAttribute("gen_ai.response.id", response.responseId());
    }
    if (content) {
      span.setAttribute("gen_ai.output.messages", Json.write(response.output()));
    }
  }

  private static <T> T quietly(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return null; // the tool activity reports input it cannot read itself
    }
  }
}
