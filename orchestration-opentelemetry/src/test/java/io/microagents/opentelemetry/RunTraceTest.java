package io.microagents.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.model.ModelException;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Given a lead agent that calls a tool and an assistant agent (a child workflow) that calls
 * its own, on a worker that keeps no workflow in its cache (so every task replays the whole
 * history), when a request starts the run, then one trace holds the request, the start, one
 * span per run, one per model call and one per tool call, each under the right parent.
 */
class RunTraceTest {

  @Agent(name = "lead", model = "gpt-test", instructions = "Look it up, then delegate.", agentTools = Assistant.class)
  public static class Lead {
    @Tool("Looks a topic up")
    public String lookup(@Param(name = "topic") String topic) {
      return "Notes on " + topic;
    }
  }

  @Agent(name = "assistant", model = "gpt-mini", instructions = "Check the calendar.")
  public static class Assistant {
    @Tool("Free days")
    public String calendar() {
      return "Friday";
    }
  }

  @Agent(name = "billing", model = "gpt-mini", instructions = "Answer billing questions.")
  public static class Billing {}

  @Agent(name = "triage", model = "gpt-mini", instructions = "Route the question.", handoffs = Billing.class)
  public static class Triage {}

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final SdkTracerProvider provider = SdkTracerProvider.builder().setIdGenerator(MicroagentsTracing.idGenerator())
      .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  final OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(provider).build();
  final MicroagentsTracing tracing = MicroagentsTracing.builder(otel).build();

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension()
      .clientOptions(o -> o.setInterceptors(tracing.clientInterceptor()))
      .workerFactoryOptions(WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(0)
          .setWorkerInterceptors(tracing.workerInterceptor()).build());

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void oneTraceForTheRunTreeWithNoSpanTwiceOnReplay() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("lead")
        .then(ScriptedStep.toolCall("lookup", "{\"topic\":\"dates\"}").withUsage(100, 10))
        .then(ScriptedStep.toolCall("assistant", "{\"input\":\"Find a date\"}").withUsage(120, 8))
        .then(ScriptedStep.message("Friday it is.").withUsage(150, 5));
    model.forAgent("assistant").thenToolCall("calendar", "{}").thenMessage("Friday");
    AgentClient client = temporal.start(AgentRegistry.of(Lead.class), model);
    Tracer tracer = otel.getTracer("test");

    Span request = tracer.spanBuilder("request").startSpan();
    String id;
    try (Scope ignored = request.makeCurrent()) {
      id = client.start("lead", List.of(Message.user("When?")), RunOptions.DEFAULTS, temporal.workflowId("traced"));
    } finally {
      request.end();
    }
    assertThat(client.summary(id).finalOutputText()).isEqualTo("Friday it is.");
    client.state(id); // a query replays the whole history, the run's end included
    client.state(id + "/assistant-1");

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).extracting(SpanData::getTraceId).containsOnly(request.getSpanContext().getTraceId());
    assertThat(spans).extracting(SpanData::getName).containsExactlyInAnyOrder(
        "request", "StartWorkflow:AgentWorkflow", "invoke_agent lead", "invoke_agent assistant",
        "chat gpt-test", "chat gpt-test", "chat gpt-test", "execute_tool lookup",
        "chat gpt-mini", "chat gpt-mini", "execute_tool calendar", "turn", "turn", "turn", "turn", "turn");

    SpanData start = one(spans, "StartWorkflow:AgentWorkflow");
    SpanData lead = one(spans, "invoke_agent lead");
    SpanData assistant = one(spans, "invoke_agent assistant");
    assertThat(start.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
    assertThat(lead.getParentSpanId()).isEqualTo(start.getSpanId());
    // Each model call starts a turn under its run; the call, its tools and the child runs they start go under it.
    assertThat(named(spans, "turn")).extracting(SpanData::getParentSpanId)
        .containsExactlyInAnyOrder(lead.getSpanId(), lead.getSpanId(), lead.getSpanId(), assistant.getSpanId(), assistant.getSpanId());
    assertThat(turnOf(spans, assistant).getParentSpanId()).isEqualTo(lead.getSpanId());
    assertThat(named(spans, "chat gpt-test")).allSatisfy(c -> assertThat(turnOf(spans, c).getParentSpanId()).isEqualTo(lead.getSpanId()))
        .extracting(SpanData::getParentSpanId).doesNotHaveDuplicates();
    assertThat(turnOf(spans, one(spans, "execute_tool lookup")).getParentSpanId()).isEqualTo(lead.getSpanId());
    assertThat(named(spans, "chat gpt-mini")).allSatisfy(c -> assertThat(turnOf(spans, c).getParentSpanId()).isEqualTo(assistant.getSpanId()));
    assertThat(turnOf(spans, one(spans, "execute_tool calendar")).getParentSpanId()).isEqualTo(assistant.getSpanId());
    assertThat(turnOf(spans, one(spans, "execute_tool lookup")).getSpanId())
        .isEqualTo(turnOf(spans, named(spans, "chat gpt-test").stream().filter(c -> Long.valueOf(100).equals(
            c.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens")))).findFirst().orElseThrow()).getSpanId());

    assertThat(lead.getAttributes().get(AttributeKey.stringKey("gen_ai.agent.name"))).isEqualTo("lead");
    SpanData firstCall = named(spans, "chat gpt-test").stream()
        .filter(s -> Long.valueOf(100).equals(s.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens"))))
        .findFirst().orElseThrow();
    assertThat(firstCall.getAttributes().get(AttributeKey.stringKey("gen_ai.system"))).isEqualTo("openai");
    assertThat(firstCall.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model"))).isEqualTo("gpt-test");
    assertThat(firstCall.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens"))).isEqualTo(10);
    assertThat(firstCall.getAttributes().get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")))
        .containsExactly("tool_calls");
    assertThat(one(spans, "execute_tool lookup").getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name")))
        .isEqualTo("lookup");
    // Content is off by default: no prompt, output, arguments or result anywhere.
    assertThat(spans).allSatisfy(s -> assertThat(s.getAttributes().asMap().keySet())
        .extracting(AttributeKey::getKey)
        .noneMatch(k -> k.contains("messages") || k.contains("instructions") || k.startsWith("gen_ai.tool.call.")));
  }

  @Test
  void aFailedRunAndItsFailedCallAreErrorSpans() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("assistant").then(ScriptedStep.error(new ModelException("bad request", 400, false, null, null)));
    AgentClient client = temporal.start(AgentRegistry.of(Assistant.class), model);
    String id = client.start("assistant", List.of(Message.user("When?")), RunOptions.DEFAULTS, temporal.workflowId("failing"));

    assertThatThrownBy(() -> client.summary(id)).isInstanceOf(RuntimeException.class);

    List<SpanData> spans = exporter.getFinishedSpanItems();
    SpanData run = one(spans, "invoke_agent assistant");
    SpanData call = one(spans, "chat gpt-mini");
    SpanData turn = turnOf(spans, call);
    assertThat(turn.getParentSpanId()).isEqualTo(run.getSpanId());
    assertThat(turn.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("ModelException");
    assertThat(run.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void aHandoffIsOneSpanUnderTheRunEvenWhenEveryTaskReplays() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("triage").thenHandoff("billing");
    model.forAgent("billing").thenMessage("Refunded.");
    AgentClient client = temporal.start(AgentRegistry.of(Triage.class), model);
    String id = client.start("triage", List.of(Message.user("My bill?")), RunOptions.DEFAULTS, temporal.workflowId("handoff"));

    assertThat(client.summary(id).finalOutputText()).isEqualTo("Refunded.");
    client.state(id); // replays the whole history once more

    List<SpanData> spans = exporter.getFinishedSpanItems();
    SpanData run = one(spans, "invoke_agent triage");
    SpanData handoff = one(spans, "handoff triage -> billing");
    assertThat(handoff.getParentSpanId()).isEqualTo(run.getSpanId());
    assertThat(handoff.getAttributes().get(AttributeKey.stringKey("microagents.handoff.from"))).isEqualTo("triage");
    assertThat(handoff.getAttributes().get(AttributeKey.stringKey("microagents.handoff.to"))).isEqualTo("billing");
    assertThat(named(spans, "chat gpt-mini")).hasSize(2)
        .allSatisfy(c -> assertThat(turnOf(spans, c).getParentSpanId()).isEqualTo(run.getSpanId()));
    assertThat(named(spans, "turn")).extracting(t -> t.getAttributes().get(AttributeKey.stringKey("gen_ai.agent.name")))
        .containsExactlyInAnyOrder("triage", "billing");
  }

  /** The turn span a span sits under. */
  static SpanData turnOf(List<SpanData> spans, SpanData span) {
    SpanData parent = spans.stream().filter(s -> s.getSpanId().equals(span.getParentSpanId())).findFirst().orElseThrow();
    assertThat(parent.getName()).as("the parent of " + span.getName()).isEqualTo("turn");
    return parent;
  }

  static SpanData one(List<SpanData> spans, String name) {
    assertThat(named(spans, name)).hasSize(1);
    return named(spans, name).get(0);
  }

  static List<SpanData> named(List<SpanData> spans, String name) {
    return spans.stream().filter(s -> s.getName().equals(name)).toList();
  }
}
