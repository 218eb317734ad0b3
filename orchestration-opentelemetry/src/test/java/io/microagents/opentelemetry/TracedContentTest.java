package io.microagents.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.opentelemetry.api.common.AttributeKey;
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
 * With content capture on, model call spans carry instructions, input and output messages, and
 * tool spans their arguments and result; a run started without a traced client starts a trace
 * of its own.
 */
class TracedContentTest {

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final SdkTracerProvider provider = SdkTracerProvider.builder().setIdGenerator(MicroagentsTracing.idGenerator())
      .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  final MicroagentsTracing tracing = MicroagentsTracing.builder(OpenTelemetrySdk.builder().setTracerProvider(provider).build())
      .captureContent(true).system("test-provider").build();

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension()
      .workerFactoryOptions(WorkerFactoryOptions.newBuilder().setWorkerInterceptors(tracing.workerInterceptor()).build());

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void promptsOutputsArgumentsAndResultsAreRecordedWhenAskedFor() {
    ScriptedModel model = new ScriptedModel();
    model.forAgent("assistant").thenToolCall("calendar", "{}").thenMessage("Friday");
    AgentClient client = temporal.start(AgentRegistry.of(RunTraceTest.Assistant.class), model);

    client.run(RunTraceTest.Assistant.class, "When are you free?");

    List<SpanData> spans = exporter.getFinishedSpanItems();
    SpanData run = RunTraceTest.one(spans, "invoke_agent assistant");
    assertThat(run.getParentSpanContext().isValid()).isFalse();
    assertThat(spans).extracting(SpanData::getTraceId).containsOnly(run.getTraceId());
    SpanData first = RunTraceTest.named(spans, "chat gpt-mini").get(0);
    assertThat(first.getAttributes().get(AttributeKey.stringKey("gen_ai.system"))).isEqualTo("test-provider");
    assertThat(first.getAttributes().get(AttributeKey.stringKey("gen_ai.system_instructions"))).isEqualTo("Check the calendar.");
    assertThat(first.getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages"))).contains("When are you free?");
    assertThat(first.getAttributes().get(AttributeKey.stringKey("gen_ai.output.messages"))).contains("calendar");
    SpanData tool = RunTraceTest.one(spans, "execute_tool calendar");
    assertThat(RunTraceTest.turnOf(spans, tool).getParentSpanId()).isEqualTo(run.getSpanId());
    assertThat(tool.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.arguments"))).isEqualTo("{}");
    assertThat(tool.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.result"))).isEqualTo("Friday");
  }
}
