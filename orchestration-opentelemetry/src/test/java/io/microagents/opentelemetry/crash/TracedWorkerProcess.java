package io.microagents.opentelemetry.crash;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.opentelemetry.MicroagentsTracing;
import io.microagents.temporal.CanonicalDataConverter;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.testing.ScriptedModel;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.RetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.Collection;

/**
 * A traced worker in a JVM of its own: {@code main(port, phase)}. Each span it ends is printed
 * at once as {@code @@span name|trace|span|parent|attempt}, so spans survive the JVM being
 * killed. In phase {@code first} the model calls the {@code lookup} tool and the tool hangs
 * (printing {@code @@tool-started}); in phase {@code second} the tool answers and the model ends.
 */
public final class TracedWorkerProcess {

  /** The agent both workers run. */
  @Agent(name = "lead", model = "gpt-test", instructions = "Look it up.")
  public static class Lead {
    @Tool("Looks a topic up")
    public String lookup(@Param(name = "topic") String topic) throws InterruptedException {
      System.out.println("@@tool-started");
      if (FIRST) {
        Thread.sleep(Long.MAX_VALUE); // until the JVM is killed
      }
      return "Notes on " + topic;
    }
  }

  static boolean FIRST;

  /** The same for both workers: the workflow code reads them. A dead worker's attempt times out after 2 s without heartbeats. */
  public static MicroagentsOptions options() {
    return MicroagentsOptions.builder().tool("lookup", ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_TOOL_ACTIVITY)
        .setHeartbeatTimeout(Duration.ofSeconds(2))
        .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofMillis(200)).setMaximumAttempts(5).build())
        .build()).build();
  }

  public static void main(String[] args) {
    Thread parent = new Thread(() -> { // the test's JVM gone (stdin closed): so is this one
      try {
        while (System.in.read() >= 0) {
          // nothing is sent
        }
      } catch (java.io.IOException e) {
        // the pipe broke
      }
      Runtime.getRuntime().halt(0);
    }, "parent-watch");
    parent.setDaemon(true);
    parent.start();
    int port = Integer.parseInt(args[0]);
    FIRST = "first".equals(args[1]);
    SdkTracerProvider provider = SdkTracerProvider.builder().setIdGenerator(MicroagentsTracing.idGenerator())
        .addSpanProcessor(SimpleSpanProcessor.create(new PrintingExporter())).build();
    MicroagentsTracing tracing = MicroagentsTracing.builder(new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return provider;
      }

      @Override
      public ContextPropagators getPropagators() {
        return ContextPropagators.noop();
      }
    }).build();
    ScriptedModel model = new ScriptedModel();
    if (FIRST) {
      model.forAgent("lead").thenToolCall("lookup", "{\"topic\":\"dates\"}");
    } else {
      model.forAgent("lead").thenMessage("Friday it is.");
    }
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
    WorkflowClient client = WorkflowClient.newInstance(service,
        WorkflowClientOptions.newBuilder().setDataConverter(CanonicalDataConverter.get()).build());
    WorkerFactory factory = WorkerFactory.newInstance(client, WorkerFactoryOptions.newBuilder()
        .setWorkflowCacheSize(0).setWorkerInterceptors(tracing.workerInterceptor()).build());
    WorkerOptions options = WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();
    MicroagentsWorker.register(factory.newWorker("crash", options), AgentRegistry.of(Lead.class), model, options());
    factory.start();
    System.out.println("@@ready");
  }

  /** Prints each span as it ends. */
  static final class PrintingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      for (SpanData s : spans) {
        Long attempt = s.getAttributes().get(io.opentelemetry.api.common.AttributeKey.longKey("temporal.activity.attempt"));
        System.out.println("@@span " + s.getName() + "|" + s.getTraceId() + "|" + s.getSpanId() + "|"
            + s.getParentSpanId() + "|" + (attempt == null ? "" : attempt));
      }
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
