package io.microagents.opentelemetry.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;

/**
 * A span for each workflow a client starts ({@code StartWorkflow:<type>}), under the caller's
 * current span, put into the workflow's header: the run and all it does join the caller's trace.
 */
public final class ClientTracing extends WorkflowClientInterceptorBase {

  private final Tracer tracer;

  public ClientTracing(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(WorkflowClientCallsInterceptor next) {
    return new WorkflowClientCallsInterceptorBase(next) {
      @Override
      public WorkflowStartOutput start(WorkflowStartInput input) {
        Span span = tracer.spanBuilder("StartWorkflow:" + input.getWorkflowType()).setSpanKind(SpanKind.CLIENT)
            .setParent(Context.current())
            .setAttribute("temporal.workflow.id", input.getWorkflowId())
            .setAttribute("temporal.workflow.type", input.getWorkflowType()).startSpan();
        TraceHeaders.inject(span.getSpanContext(), input.getHeader());
        try {
          return super.start(input);
        } catch (RuntimeException e) {
          span.setStatus(StatusCode.ERROR, e.getMessage());
          throw e;
        } finally {
          span.end();
        }
      }
    };
  }
}
