package io.microagents.temporal.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.run.MaxTurnsExceededException;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.LowLatency;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowFailedException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A thousand turns with 3 KB tool outputs, on the default options, until the run uses up its
 * turns: it continues as new when its history budget is spent (the server suggests it at
 * about 4,000 events; our own budget where no server suggests it), each new run starts small
 * (its first model call refers to the carried conversation instead of recording it again),
 * the typed failure stays small, and every item is read back from history.
 */
class LongRunTest {

  static final int TURNS = 1000;

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aThousandTurnsWithThreeKilobyteToolOutputsUntilMaxTurns() {
    ScriptedModel model = new ScriptedModel();
    for (int i = 0; i < TURNS; i++) {
      model.thenToolCall("blob", "{\"kb\":3}");
    }
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model);

    String id = client.start("blobs", List.of(Message.user("fetch")), RunOptions.builder().maxTurns(TURNS).build(),
        temporal.workflowId("long"));

    assertThatThrownBy(() -> client.summary(id)).isInstanceOf(MaxTurnsExceededException.class)
        .hasMessageContaining("Max turns (1000) exceeded");
    HistoryEvent failed = client.workflowClient().fetchHistory(id).getLastEvent();
    assertThat(failed.hasWorkflowExecutionFailedEventAttributes()).isTrue();
    assertThat(failed.getSerializedSize()).as("the failure event").isLessThan(4_000);
    // The state the client rebuilds holds every item, read back from every run's history.
    MaxTurnsExceededException e = catchThrowableOfType(() -> client.result(id), MaxTurnsExceededException.class);
    assertThat(e.state().newItems()).hasSize(2 * TURNS);
    assertThat(e.state().usage().requests()).isEqualTo(TURNS);
    assertThat(e.getCause()).isInstanceOf(WorkflowFailedException.class);
    try (Stream<Item> items = client.items(id)) {
      assertThat(items.filter(i -> i instanceof ToolOutput).count()).isEqualTo(TURNS);
    }

    List<HistorySizes.Run> runs = HistorySizes.runs(client.workflowClient(), id);
    System.out.println("1,000 turns, 3 KB tool outputs: " + runs);
    assertThat(runs).hasSizeGreaterThan(1);
    for (HistorySizes.Run run : runs) {
      assertThat(run.largestEvent()).as("largest event of run %s", run.runId()).isLessThan(LargePayloadsTest.LARGEST_EVENT);
    }
    // Each later run's first model call records a turn's items and a reference, not the conversation.
    for (HistorySizes.Run run : runs.subList(1, runs.size())) {
      assertThat(firstModelCallBytes(client, id, run.runId())).isLessThan(20_000);
    }
  }

  @Test
  void aThousandTurnsOfLocalModelAndToolCalls() {
    ScriptedModel model = new ScriptedModel();
    for (int i = 0; i < TURNS; i++) {
      model.thenToolCall("blob", "{\"kb\":3}");
    }
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model, MicroagentsOptions.builder()
        .lowLatency(LowLatency.allModelCalls().withTools("blob")).build());

    String id = client.start("blobs", List.of(Message.user("fetch")), RunOptions.builder().maxTurns(TURNS).build(),
        temporal.workflowId("long-local"));

    MaxTurnsExceededException e = catchThrowableOfType(() -> client.result(id), MaxTurnsExceededException.class);
    assertThat(e.state().newItems()).hasSize(2 * TURNS);
    assertThat(model.requests()).hasSize(TURNS); // no call made twice
    List<HistorySizes.Run> runs = HistorySizes.runs(client.workflowClient(), id);
    System.out.println("1,000 local turns, 3 KB tool outputs: " + runs);
    for (HistorySizes.Run run : runs) {
      assertThat(run.largestEvent()).as("largest event of run %s", run.runId()).isLessThan(LargePayloadsTest.LARGEST_EVENT);
    }
  }

  private static long firstModelCallBytes(AgentClient client, String id, String runId) {
    return client.workflowClient().fetchHistory(id, runId).getEvents().stream()
        .filter(e -> e.hasActivityTaskScheduledEventAttributes()
            && e.getActivityTaskScheduledEventAttributes().getActivityType().getName().equals("ModelCall"))
        .findFirst().orElseThrow().getSerializedSize();
  }
}
