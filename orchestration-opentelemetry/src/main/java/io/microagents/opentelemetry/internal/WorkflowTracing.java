package io.microagents.opentelemetry.internal;

import io.microagents.model.ModelRequest;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.ModelActivity;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A workflow run's part of the trace. Every activity, child workflow and continue-as-new it
 * starts carries the run's span context (derived, see {@link RunSpans}) in its header; the
 * run's own span ({@code invoke_agent <agent>}) is made once, when the run ends on a worker
 * that is not replaying, from the run's start time to its end. Each model call starts a turn
 * ({@code turn}, under the run): the call, its tools and the child runs they start go under
 * it. A handoff is a short span under the run's ({@code handoff <from> -> <to>}), made when the
 * new agent's first model call is scheduled. Nothing is made while replaying, so a replay adds
 * no span.
 */
public final class WorkflowTracing extends WorkflowInboundCallsInterceptorBase {

  private static final Logger LOG = Logger.getLogger(WorkflowTracing.class.getName());
  private static volatile boolean warned;

  private final Tracer tracer;
  private SpanContext parent = SpanContext.getInvalid();
  private SpanContext run;
  private String lastAgent;
  private int turn;
  private SpanContext turnSpan;
  private long turnStart;

  public WorkflowTracing(WorkflowInboundCallsInterceptor next, Tracer tracer) {
    super(next);
    this.tracer = tracer;
  }

  @Override
  public void init(WorkflowOutboundCallsInterceptor outbound) {
    super.init(new Outbound(outbound));
  }

  @Override
  public WorkflowOutput execute(WorkflowInput input) {
    WorkflowInfo info = Workflow.getInfo();
    parent = TraceHeaders.extract(input.getHeader());
    run = RunSpans.of(parent, info.getWorkflowId(), info.getRunId());
    String agent = agentOf(input.getArguments());
    WorkflowOutput output;
    try {
      output = super.execute(input);
    } catch (TemporalFailure e) {
      ended(info, agent, e, false); // the run failed; other exceptions fail the task, not the run
      throw e;
    } catch (RuntimeException | Error e) {
      if (e.getClass().getSimpleName().startsWith("ContinueAsNew")) {
        ended(info, agent, null, true);
      }
      throw e;
    }
    ended(info, agent, null, false);
    return output;
  }

  private void ended(WorkflowInfo info, String agent, Throwable failure, boolean continuedAsNew) {
    endTurn(failure);
    if (Workflow.isReplaying()) {
      return;
    }
    String name = agent != null ? "invoke_agent " + agent : "run " + info.getWorkflowType();
    SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(SpanKind.INTERNAL)
        .setStartTimestamp(info.getRunStartedTimestampMillis(), TimeUnit.MILLISECONDS)
        .setAttribute("temporal.workflow.id", info.getWorkflowId())
        .setAttribute("temporal.run.id", info.getRunId())
        .setAttribute("temporal.workflow.type", info.getWorkflowType());
    if (agent != null) {
      builder.setAttribute("gen_ai.operation.name", "invoke_agent").setAttribute("gen_ai.agent.name", agent);
    }
    if (continuedAsNew) {
      builder.setAttribute(AttributeKey.booleanKey("temporal.continued_as_new"), true);
    }
    if (parent.isValid()) {
      builder.setParent(Context.root().with(Span.wrap(parent)));
    } else {
      builder.setNoParent();
    }
    Span span = PresetIds.with(parent.isValid() ? null : run.getTraceId(), run.getSpanId(), builder::startSpan);
    if (span.isRecording() && !span.getSpanContext().getSpanId().equals(run.getSpanId()) && !warned) {
      warned = true;
      LOG.warning("Run spans get ids of their own, so model and tool spans point to a parent that is never "
          + "exported: build the SdkTracerProvider with setIdGenerator(MicroagentsTracing.idGenerator())");
    }
    if (failure != null) {
      span.setStatus(StatusCode.ERROR, failure.getMessage());
      span.setAttribute("error.type", failure.getClass().getName());
    }
    span.end(Workflow.currentTimeMillis(), TimeUnit.MILLISECONDS);
  }

  /** Where what the run starts now goes: under the open turn, else under the run. */
  private SpanContext current() {
    return turnSpan != null ? turnSpan : run;
  }

  /**
   * A model call of {@code agent} starts a turn (the previous one ends): the call and the tools
   * and child runs after it go under the turn's span, whose id, like the run's, every worker
   * derives; the span itself is made when the turn ends, never while replaying.
   */
  private void startTurn(String agent) {
    endTurn(null);
    WorkflowInfo info = Workflow.getInfo();
    turn++;
    turnSpan = RunSpans.turn(run, info.getWorkflowId(), info.getRunId(), turn);
    turnStart = Workflow.currentTimeMillis();
    lastAgent = agent;
  }

  private void endTurn(Throwable failure) {
    SpanContext ending = turnSpan;
    turnSpan = null;
    if (ending == null || Workflow.isReplaying()) {
      return;
    }
    SpanBuilder builder = tracer.spanBuilder("turn").setSpanKind(SpanKind.INTERNAL)
        .setParent(Context.root().with(Span.wrap(run)))
        .setStartTimestamp(turnStart, TimeUnit.MILLISECONDS)
        .setAttribute(AttributeKey.longKey("microagents.turn"), (long) turn);
    if (lastAgent != null) {
      builder.setAttribute("gen_ai.agent.name", lastAgent);
    }
    Span span = PresetIds.with(null, ending.getSpanId(), builder::startSpan);
    if (failure != null) {
      span.setStatus(StatusCode.ERROR, failure.getMessage());
    }
    span.end(Workflow.currentTimeMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * A model call of {@code agent}: when the previous one was another agent's, control passed by a
   * handoff (the only way a run's current agent changes), made a span under the run's, once.
   */
  private void modelCallBy(String agent) {
    String from = lastAgent;
    if (from == null || agent == null || from.equals(agent) || run == null || Workflow.isReplaying()) {
      return;
    }
    long now = Workflow.currentTimeMillis();
    tracer.spanBuilder("handoff " + from + " -> " + agent).setSpanKind(SpanKind.INTERNAL)
        .setParent(Context.root().with(Span.wrap(run)))
        .setStartTimestamp(now, TimeUnit.MILLISECONDS)
        .setAttribute("microagents.handoff.from", from).setAttribute("microagents.handoff.to", agent)
        .setAttribute("gen_ai.agent.name", agent)
        .startSpan().end(now, TimeUnit.MILLISECONDS);
  }

  private static String agentOf(Object[] args) {
    Object first = args == null || args.length == 0 ? null : args[0];
    if (first instanceof AgentRunInput in) {
      return in.agent();
    }
    return first instanceof ConversationInput in ? in.agent() : null;
  }

  /** Puts the run's span context (its parent's, for continue-as-new) into what the run starts. */
  private final class Outbound extends WorkflowOutboundCallsInterceptorBase {
    Outbound(WorkflowOutboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public <R> ActivityOutput<R> executeActivity(ActivityInput<R> input) {
      beforeCall(input.getActivityName(), input.getArgs(), input.getHeader());
      return super.executeActivity(input);
    }

    @Override
    public <R> LocalActivityOutput<R> executeLocalActivity(LocalActivityInput<R> input) {
      beforeCall(input.getActivityName(), input.getArgs(), input.getHeader()); // the low-latency mode's calls
      return super.executeLocalActivity(input);
    }

    /** A model call starts the agent's next turn; every call carries the current span's context. */
    private void beforeCall(String activity, Object[] args, io.temporal.common.interceptors.Header header) {
      if (run != null && ModelActivity.TYPE.equals(activity) && args.length > 0 && args[0] instanceof ModelRequest request) {
        endTurn(null);
        modelCallBy(request.agent());
        startTurn(request.agent());
      }
      if (run != null) {
        TraceHeaders.inject(current(), header);
      }
    }

    @Override
    public <R> ChildWorkflowOutput<R> executeChildWorkflow(ChildWorkflowInput<R> input) {
      if (run != null) {
        TraceHeaders.inject(current(), input.getHeader());
      }
      return super.executeChildWorkflow(input);
    }

    @Override
    public void continueAsNew(ContinueAsNewInput input) {
      // The next run is this one's sibling under the same parent; with no parent, its child.
      TraceHeaders.inject(parent.isValid() ? parent : run != null ? run : parent, input.getHeader());
      super.continueAsNew(input);
    }
  }
}
