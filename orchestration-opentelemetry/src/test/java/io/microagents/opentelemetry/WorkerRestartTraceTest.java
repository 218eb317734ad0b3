package io.microagents.opentelemetry;

import static io.microagents.opentelemetry.RunTraceTest.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.CanonicalDataConverter;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.PendingInput;
import io.microagents.testing.ScriptedModel;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Given a lead agent that looks a topic up and delegates to an assistant (a child run) that
 * checks a calendar and then asks a person, when worker A runs the tree up to the question,
 * stops, and worker B answers for it after the person did, then the spans both workers and the
 * client exported form one trace: one span per run, every model and tool call under its run,
 * and nothing of what B replayed exported twice.
 *
 * <p>Each of client, worker A and worker B has a tracer provider and an in-memory exporter of
 * its own, as separate processes would, but they share this JVM: A is a worker factory shut
 * down while the run waits, so its in-memory exporter can still be read ({@code
 * crash.WorkerCrashTraceTest} kills a worker JVM mid-call instead). Neither worker caches
 * workflows, so B rebuilds both runs from their histories.
 */
class WorkerRestartTraceTest {

  @Agent(name = "lead", model = "gpt-test", instructions = "Look it up, then delegate.", agentTools = Assistant.class)
  public static class Lead {
    @Tool("Looks a topic up")
    public String lookup(@Param(name = "topic") String topic) {
      return "Notes on " + topic;
    }
  }

  @Agent(name = "assistant", model = "gpt-mini", instructions = "Check the calendar, then ask.", askHuman = true)
  public static class Assistant {
    @Tool("Free days")
    public String calendar() {
      return "Friday, Saturday";
    }
  }

  /** A process's tracing: its own SDK and in-memory exporter. */
  record Process(InMemorySpanExporter exporter, SdkTracerProvider provider, MicroagentsTracing tracing) {
    static Process start() {
      InMemorySpanExporter exporter = InMemorySpanExporter.create();
      SdkTracerProvider provider = SdkTracerProvider.builder().setIdGenerator(MicroagentsTracing.idGenerator())
          .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
      OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(provider).build();
      return new Process(exporter, provider, MicroagentsTracing.builder(otel).build());
    }

    List<String> names() {
      return exporter.getFinishedSpanItems().stream().map(SpanData::getName).toList();
    }
  }

  final Process client = Process.start();
  final Process workerA = Process.start();
  final Process workerB = Process.start();
  final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
      .setUseTimeskipping(false)
      .setWorkflowClientOptions(WorkflowClientOptions.newBuilder().setDataConverter(CanonicalDataConverter.get())
          .setInterceptors(client.tracing().clientInterceptor()).build())
      .build());
  final AgentRegistry registry = AgentRegistry.of(Lead.class);
  final List<WorkerFactory> factories = new ArrayList<>();

  @AfterEach
  void close() {
    factories.forEach(WorkerFactory::shutdownNow);
    env.close();
    Stream.of(client, workerA, workerB).forEach(p -> p.provider().close());
  }

  @Test
  void aRunTakenOverByAnotherWorkerIsOneTraceWithNoSpanTwice() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("lead").thenToolCall("lookup", "{\"topic\":\"dates\"}")
        .thenToolCall("assistant", "{\"input\":\"Find a date\"}").thenMessage("Friday it is.");
    model.forAgent("assistant").thenToolCall("calendar", "{}")
        .thenToolCall("ask_human", "{\"question\":\"Friday or Saturday?\"}").thenMessage("Friday");
    WorkerFactory a = worker(workerA, model);
    AgentClient agents = new AgentClient(env.getWorkflowClient(), "traced", registry);

    Span request = client.provider().get("test").spanBuilder("request").startSpan();
    String id;
    try (Scope ignored = request.makeCurrent()) {
      id = agents.start("lead", List.of(Message.user("When?")), RunOptions.DEFAULTS, "restarted");
    } finally {
      request.end();
    }
    List<PendingInput> pending = agents.awaitPersonInTree(id, Duration.ofSeconds(60));
    assertThat(pending).singleElement().extracting(PendingInput::workflowId).isEqualTo(id + "/assistant-1");
    a.shutdownNow(); // worker A is gone while the assistant waits for a person
    a.awaitTermination(30, TimeUnit.SECONDS);

    worker(workerB, model);
    agents.answer(id + "/assistant-1", "q1", "Friday");
    assertThat(agents.summary(id).finalOutputText()).isEqualTo("Friday it is.");
    agents.state(id + "/assistant-1"); // queries replay both whole histories on B
    agents.state(id);

    assertThat(client.names()).containsExactlyInAnyOrder("request", "StartWorkflow:AgentWorkflow");
    // A turn's span is made by the worker that sees it end (its run's next model call, or the run's end).
    assertThat(workerA.names()).containsExactlyInAnyOrder(
        "chat gpt-test", "execute_tool lookup", "chat gpt-test", "chat gpt-mini", "execute_tool calendar", "chat gpt-mini",
        "turn", "turn");
    assertThat(workerB.names()).containsExactlyInAnyOrder(
        "chat gpt-mini", "invoke_agent assistant", "chat gpt-test", "invoke_agent lead", "turn", "turn", "turn", "turn");

    List<SpanData> spans = Stream.of(client, workerA, workerB)
        .flatMap(p -> p.exporter().getFinishedSpanItems().stream()).toList();
    assertThat(spans).extracting(SpanData::getTraceId).containsOnly(request.getSpanContext().getTraceId());
    assertThat(spans).extracting(SpanData::getSpanId).doesNotHaveDuplicates();
    SpanData lead = one(spans, "invoke_agent lead");
    SpanData assistant = one(spans, "invoke_agent assistant");
    assertThat(lead.getParentSpanId()).isEqualTo(one(spans, "StartWorkflow:AgentWorkflow").getSpanId());
    Map<String, SpanData> byId = spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    assertThat(byId.get(byId.get(assistant.getParentSpanId()).getParentSpanId())).isSameAs(lead); // via lead's turn
    for (SpanData call : spans) {
      if (call.getName().startsWith("chat ") || call.getName().startsWith("execute_tool ")) {
        SpanData turn = byId.get(call.getParentSpanId());
        assertThat(turn).as("the turn of %s is exported", call.getName()).isNotNull();
        assertThat(turn.getName()).isEqualTo("turn");
        SpanData run = byId.get(turn.getParentSpanId());
        assertThat(run).as("the parent of %s is exported", call.getName()).isNotNull();
        assertThat(run).isSameAs(call.getName().contains("mini") || call.getName().contains("calendar") ? assistant : lead);
      }
    }
  }

  private WorkerFactory worker(Process process, ScriptedModel model) {
    WorkerFactory factory = WorkerFactory.newInstance(env.getWorkflowClient(), WorkerFactoryOptions.newBuilder()
        .setWorkflowCacheSize(0).setWorkerInterceptors(process.tracing().workerInterceptor()).build());
    // The test server keeps a stopped worker's sticky queue: without this, B never gets the tasks A would have.
    WorkerOptions options = WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();
    MicroagentsWorker.register(factory.newWorker("traced", options), registry, model, MicroagentsOptions.DEFAULTS);
    factory.start();
    factories.add(factory);
    return factory;
  }
}
