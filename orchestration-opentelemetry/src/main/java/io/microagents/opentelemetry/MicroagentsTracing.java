package io.microagents.opentelemetry;

import io.microagents.opentelemetry.internal.ActivityTracing;
import io.microagents.opentelemetry.internal.ClientTracing;
import io.microagents.opentelemetry.internal.PresetIds;
import io.microagents.opentelemetry.internal.WorkflowTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import java.util.Objects;

/**
 * OpenTelemetry traces of durable runs: one trace per run tree, across the processes that
 * start runs, run workflows, call models and run tools. Give {@link #clientInterceptor()} to
 * the clients that start runs, {@link #workerInterceptor()} to every worker factory, and build
 * the SDK's tracer provider with {@link #idGenerator()} (a run's span gets ids every worker can
 * derive). Prompts and outputs are not recorded unless {@link Builder#captureContent} says so.
 *
 * <pre>{@code
 * SdkTracerProvider provider = SdkTracerProvider.builder()
 *     .setIdGenerator(MicroagentsTracing.idGenerator())
 *     .addSpanProcessor(BatchSpanProcessor.builder(OtlpGrpcSpanExporter.getDefault()).build()).build();
 * MicroagentsTracing tracing = MicroagentsTracing.builder(OpenTelemetrySdk.builder().setTracerProvider(provider).build()).build();
 * WorkflowClientOptions.newBuilder().setInterceptors(tracing.clientInterceptor());
 * WorkerFactoryOptions.newBuilder().setWorkerInterceptors(tracing.workerInterceptor());
 * }</pre>
 */
public final class MicroagentsTracing {

  /** The instrumentation scope of our spans. */
  public static final String SCOPE = "io.microagents";

  private final Tracer tracer;
  private final String system;
  private final boolean content;

  private MicroagentsTracing(Builder b) {
    this.tracer = b.openTelemetry.getTracer(SCOPE);
    this.system = b.system;
    this.content = b.content;
  }

  /** Tracing through {@code openTelemetry}'s tracer provider. */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(openTelemetry);
  }

  /**
   * The id generator to build the {@code SdkTracerProvider} with: random ids, like the SDK's
   * default, except for run spans, whose ids are derived from the run. Without it, run spans
   * are still exported, but the spans under them point to an id no span has.
   */
  public static IdGenerator idGenerator() {
    return new PresetIds(IdGenerator.random());
  }

  /** For {@code WorkerFactoryOptions.setWorkerInterceptors}: run spans, model call and tool spans. */
  public WorkerInterceptor workerInterceptor() {
    return new WorkerInterceptorBase() {
      @Override
      public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
        return new WorkflowTracing(next, tracer);
      }

      @Override
      public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new ActivityTracing(next, tracer, system, content);
      }
    };
  }

  /** For {@code WorkflowClientOptions.setInterceptors}: runs started join the caller's current trace. */
  public WorkflowClientInterceptor clientInterceptor() {
    return new ClientTracing(tracer);
  }

  /** Settings of {@link MicroagentsTracing}. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private String system = "openai";
    private boolean content;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
    }

    /** {@code gen_ai.system} of model call spans; default {@code openai} (the adapters this project ships). */
    public Builder system(String v) { this.system = Objects.requireNonNull(v, "system"); return this; }

    /**
     * Whether model call spans record instructions, input and output messages, and tool spans
     * arguments and results (default: no). They may hold personal data and secrets a tool
     * returned; turn on only where the trace backend may keep them.
     */
    public Builder captureContent(boolean v) { this.content = v; return this; }

    public MicroagentsTracing build() {
      return new MicroagentsTracing(this);
    }
  }
}
