package io.microagents.temporal.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.model.Model;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.InJvmStreamTransport;
import io.microagents.stream.ModelDelta;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.LowLatency;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunEvents;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run events in the low-latency mode: a local model call is in history only when it is over,
 * yet its start and its streamed text reach the client while it runs, in the usual order.
 */
@Timeout(60)
class LocalCallEventsTest {

  private static final MicroagentsOptions LOCAL_STREAMING = MicroagentsOptions.builder()
      .streams(new InJvmStreamTransport()).lowLatency(LowLatency.allModelCalls()).build();

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  /** Streams "Hel", then waits until the client has seen it before it streams the rest and ends. */
  static final class WaitsForTheReader implements Model, ModelProvider {
    final CountDownLatch seen = new CountDownLatch(1);
    volatile boolean seenWhileRunning;

    @Override
    public Model model(String name) {
      return this;
    }

    @Override
    public ModelResponse call(ModelRequest request) {
      return new ModelResponse(List.of(Message.assistant("Hello")), new Usage(1, 0, 0, 0), "r1");
    }

    @Override
    public ModelResponse stream(ModelRequest request, DeltaListener listener) {
      listener.onDelta(ModelDelta.text("Hel"));
      try {
        seenWhileRunning = seen.await(15, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      listener.onDelta(ModelDelta.text("lo"));
      return call(request);
    }
  }

  @Test
  void aLocalCallsStartAndTextReachTheClientWhileItRuns() {
    WaitsForTheReader model = new WaitsForTheReader();
    AgentClient client = temporal.start(AgentRegistry.of(RunEventsTest.Specialist.class), model, LOCAL_STREAMING);
    String id = client.start(RunEventsTest.Specialist.class, "Hi", null, temporal.workflowId("local-stream"));

    List<RunEvent> events = new ArrayList<>();
    try (RunEvents stream = client.events(id)) {
      stream.forEachRemaining(e -> {
        events.add(e);
        if (e instanceof RunEvent.Delta) {
          model.seen.countDown();
        }
      });
    }

    assertThat(model.seenWhileRunning).as("the first delta reached the client while the call ran").isTrue();
    assertThat(events).extracting(e -> e instanceof RunEvent.Delta d ? "Delta:" + d.delta().text() : e.getClass().getSimpleName())
        .containsExactly("AgentStarted", "ModelCallStarted", "Delta:Hel", "Delta:lo", "ModelCallFinished", "Finished");
  }

  @Test
  void aLocalHandoffRunTellsEachStepOnceInOrder() {
    StreamingScript model = new StreamingScript(new ScriptedModel()
        .thenToolCall("look_up", "{}").thenHandoff("specialist").thenMessage("Fixed it for customer 42."));
    AgentClient client = temporal.start(AgentRegistry.of(RunEventsTest.Desk.class), model, LOCAL_STREAMING);
    String id = client.start(RunEventsTest.Desk.class, "My printer", null, temporal.workflowId("local-handoff"));

    List<RunEvent> events = new ArrayList<>();
    try (RunEvents stream = client.events(id)) {
      stream.forEachRemaining(events::add);
    }

    assertThat(events).filteredOn(e -> !(e instanceof RunEvent.Delta)).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("AgentStarted", "ModelCallStarted", "ModelCallFinished", "ToolCallStarted", "ToolCallFinished",
            "ModelCallStarted", "ModelCallFinished", "Handoff", "ModelCallStarted", "ModelCallFinished", "Finished");
    StringBuilder text = new StringBuilder();
    events.stream().filter(RunEvent.Delta.class::isInstance).forEach(e -> text.append(((RunEvent.Delta) e).delta().text()));
    assertThat(text).hasToString("Fixed it for customer 42.");
    int lastDelta = events.indexOf(events.stream().filter(RunEvent.Delta.class::isInstance).reduce((a, b) -> b).orElseThrow());
    assertThat(events.get(lastDelta + 1)).isInstanceOf(RunEvent.ModelCallFinished.class);
  }
}
