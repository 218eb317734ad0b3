package io.microagents.temporal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.RunSummary;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Payloads far over the server's 2 MB limit, through the payload store: every run finishes,
 * no history event holds more than the store's threshold (256 KiB) plus a little, and the
 * items read back from history are whole. On a real server (TEMPORAL_ADDRESS) the limit is
 * enforced; the in-memory server would accept anything.
 */
class LargePayloadsTest {

  /** A payload at the 256 KiB threshold stays inline; nothing near the 2 MB limit does. */
  static final long LARGEST_EVENT = 300_000;

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void threeToolOutputsOf800KbEachUnderTheLimitButNotTogether() {
    List<ToolOutput> outputs = runBlobs(800, 3);

    assertThat(outputs).extracting(o -> o.output().length()).containsExactly(800_000, 800_000, 800_000);
  }

  @Test
  void threeToolOutputsOf1_5MbEachOverTheLimitWhenCarried() {
    List<ToolOutput> outputs = runBlobs(1500, 3);

    assertThat(outputs).extracting(o -> o.output().length()).containsExactly(1_500_000, 1_500_000, 1_500_000);
  }

  @Test
  void aThreeMegabyteRunInputToolOutputAndModelResponse() {
    String input = BlobAgent.blob(3000, 'i');
    String reply = BlobAgent.blob(3000, 'r');
    ScriptedModel model = new ScriptedModel().thenToolCall("blob", "{\"kb\":3000}").thenMessage(reply);
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model);

    String id = client.start("blobs", List.of(Message.user(input)), RunOptions.DEFAULTS, temporal.workflowId("three-mb"));
    RunSummary summary = client.summary(id);
    RunResult result = client.result(id);

    assertThat(summary.finalOutputText()).isEqualTo(reply);
    assertThat(summary.items()).isEqualTo(3);
    assertThat(result.input()).containsExactly(Message.user(input));
    assertThat(((ToolOutput) result.newItems().get(1)).output()).hasSize(3_000_000);
    assertThat(model.requests().get(1).input()).hasSize(3); // the model saw all of it
    assertThat(HistorySizes.largestEvent(client.workflowClient(), id)).isLessThan(LARGEST_EVENT);
    temporal.replay(id);
  }

  @Test
  void aThreeMegabyteToolOutputAndModelResponseInTheLowLatencyMode() {
    String reply = BlobAgent.blob(3000, 'r');
    ScriptedModel model = new ScriptedModel().thenToolCall("blob", "{\"kb\":3000}").thenMessage(reply);
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model, MicroagentsOptions.builder()
        .lowLatency(io.microagents.temporal.LowLatency.allModelCalls().withTools("blob")).build());

    String id = client.start("blobs", List.of(Message.user("three megabytes")), RunOptions.DEFAULTS,
        temporal.workflowId("three-mb-local"));
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo(reply);
    assertThat(((ToolOutput) result.newItems().get(1)).output()).hasSize(3_000_000);
    assertThat(model.requests().get(1).input()).hasSize(3);
    assertThat(HistorySizes.largestEvent(client.workflowClient(), id)).isLessThan(LARGEST_EVENT);
    temporal.replay(id);
  }

  /** A run that fetches {@code count} blobs of {@code kb} each, continuing as new after every two model calls. */
  private List<ToolOutput> runBlobs(int kb, int count) {
    ScriptedModel model = new ScriptedModel();
    for (int i = 0; i < count; i++) {
      model.thenToolCall("blob", "{\"kb\":" + kb + "}");
    }
    model.thenMessage("fetched");
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model,
        MicroagentsOptions.builder().turnsBeforeContinueAsNew(2).build());

    String id = client.start("blobs", List.of(Message.user("fetch")), RunOptions.DEFAULTS,
        temporal.workflowId("blobs-" + kb));
    RunSummary summary = client.summary(id);
    RunResult result = client.result(id);

    assertThat(summary.finalOutputText()).isEqualTo("fetched");
    assertThat(summary.turns()).isEqualTo(count + 1);
    assertThat(summary.runs()).isGreaterThan(1);
    assertThat(result.newItems()).hasSize(2 * count + 1);
    assertThat(model.requests().get(count).input()).hasSize(1 + 2 * count);
    assertThat(HistorySizes.largestEvent(client.workflowClient(), id)).isLessThan(LARGEST_EVENT);
    temporal.replay(id);
    return result.newItems().stream().filter(i -> i instanceof ToolOutput).map(i -> (ToolOutput) i).toList();
  }
}
