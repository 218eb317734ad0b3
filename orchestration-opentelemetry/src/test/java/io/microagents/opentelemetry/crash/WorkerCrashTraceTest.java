package io.microagents.opentelemetry.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.opentelemetry.MicroagentsTracing;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.CanonicalDataConverter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Given a worker JVM (A) whose tool hangs mid-call, when A is killed with SIGKILL and a second
 * worker JVM (B) takes the run over, then the spans of the client, of A (printed as each ended,
 * so they outlive A) and of B form one trace under one run span: A's model call, B's retried
 * tool call (attempt 2) and B's last model call, and nothing of what B replayed twice. The
 * attempt A was making when it died never ended, so it has no span.
 */
class WorkerCrashTraceTest {

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final SdkTracerProvider provider = SdkTracerProvider.builder().setIdGenerator(MicroagentsTracing.idGenerator())
      .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  final MicroagentsTracing tracing =
      MicroagentsTracing.builder(OpenTelemetrySdk.builder().setTracerProvider(provider).build()).build();
  TestServicesStarter services;
  Server server;
  WorkflowServiceStubs stubs;

  @AfterEach
  void close() {
    provider.close();
    if (stubs != null) {
      stubs.shutdownNow();
    }
    if (server != null) {
      server.shutdownNow();
      services.close();
    }
  }

  @Test
  void aRunWhoseWorkerWasKilledMidToolIsOneTrace() throws Exception {
    int port = startServer();
    stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
    WorkflowClient workflows = WorkflowClient.newInstance(stubs, WorkflowClientOptions.newBuilder()
        .setDataConverter(CanonicalDataConverter.get()).setInterceptors(tracing.clientInterceptor()).build());
    AgentClient client = new AgentClient(workflows, "crash", AgentRegistry.of(TracedWorkerProcess.Lead.class));
    List<String> a;
    List<String> b;
    try (WorkerJvm first = WorkerJvm.start("worker-a", port, "first")) {
      first.await("ready", Duration.ofSeconds(60));
      String id = client.start("lead", List.of(Message.user("When?")), RunOptions.DEFAULTS, "crashed");
      first.await("tool-started", Duration.ofSeconds(60));
      first.kill();
      a = first.spans();
      try (WorkerJvm second = WorkerJvm.start("worker-b", port, "second")) {
        second.await("ready", Duration.ofSeconds(60));
        assertThat(client.summary(id).finalOutputText()).isEqualTo("Friday it is.");
        client.state(id); // a query: B replays the whole history once more
        b = second.spans();
      }
    }

    assertThat(a).extracting(WorkerCrashTraceTest::name).containsExactly("chat gpt-test");
    assertThat(b).extracting(WorkerCrashTraceTest::name) // A died inside turn 1: B ends both turns
        .containsExactlyInAnyOrder("execute_tool lookup", "chat gpt-test", "invoke_agent lead", "turn", "turn");
    assertThat(b).filteredOn(s -> name(s).equals("execute_tool lookup")).extracting(s -> field(s, 4)).containsExactly("2");
    List<SpanData> local = exporter.getFinishedSpanItems();
    assertThat(local).extracting(SpanData::getName).containsExactly("StartWorkflow:AgentWorkflow");
    String trace = local.get(0).getTraceId();
    String run = b.stream().filter(s -> name(s).equals("invoke_agent lead")).map(s -> field(s, 2)).findFirst().orElseThrow();
    List<String> workers = Stream.concat(a.stream(), b.stream()).toList();
    assertThat(workers).extracting(s -> field(s, 1)).containsOnly(trace);
    assertThat(workers).extracting(s -> field(s, 2)).doesNotHaveDuplicates();
    List<String> turns = workers.stream().filter(s -> name(s).equals("turn")).map(s -> field(s, 2)).toList();
    assertThat(workers).filteredOn(s -> name(s).equals("turn")).extracting(s -> field(s, 3)).containsOnly(run);
    assertThat(workers).filteredOn(s -> name(s).startsWith("chat") || name(s).startsWith("execute_tool"))
        .extracting(s -> field(s, 3)).allMatch(turns::contains);
    assertThat(b).filteredOn(s -> name(s).equals("invoke_agent lead")).extracting(s -> field(s, 3))
        .containsExactly(local.get(0).getSpanId());
  }

  /** The Temporal test server on a free port of 127.0.0.1, in this JVM; workers in other JVMs reach it. */
  private int startServer() throws Exception {
    services = new TestServicesStarter(true, 0);
    ServerBuilder<?> builder = NettyServerBuilder.forAddress(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    server = builder.build().start();
    return server.getPort();
  }

  static String name(String span) {
    return field(span, 0);
  }

  static String field(String span, int i) {
    return span.split("\\|", -1)[i];
  }
}
