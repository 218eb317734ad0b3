package io.microagents.temporal.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.run.PayloadTooLargeException;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.client.WorkflowFailedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without a payload store, what would pass the server's 2 MB limit fails first, clearly,
 * naming its size and the fix — never a terminated run, a stuck workflow task or a model
 * call paid for nothing.
 */
class LargePayloadsWithoutStoreTest {

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension().payloadStore(null);

  @Test
  void aToolOutputOverTheLimitGoesBackToTheModelAsAnError() {
    ScriptedModel model = new ScriptedModel().thenToolCall("blob", "{\"kb\":3000}").thenMessage("too big, sorry");
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model);

    RunResult result = client.result(client.start("blobs", List.of(Message.user("fetch")), RunOptions.DEFAULTS,
        temporal.workflowId("no-store-tool")));

    ToolOutput told = (ToolOutput) result.newItems().get(1);
    assertThat(told.error()).isTrue();
    assertThat(told.output()).contains("The output of tool 'blob' is 3.00 MB, over the 2.00 MB payload limit")
        .contains("External Storage");
    assertThat(result.finalOutputText()).isEqualTo("too big, sorry");
  }

  @Test
  void aRunInputOverTheLimitIsRefusedAtTheStart() {
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), new ScriptedModel());

    assertThatThrownBy(() -> client.start("blobs", List.of(Message.user(BlobAgent.blob(3000, 'i'))),
        RunOptions.DEFAULTS, temporal.workflowId("no-store-input")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The input of agent 'blobs' is 3.00 MB, over the 2.00 MB payload limit");
  }

  @Test
  void aModelResponseOverTheLimitFailsTheRunAtOnce() {
    ScriptedModel model = new ScriptedModel().thenMessage(BlobAgent.blob(3000, 'r'));
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model);
    String id = client.start("blobs", List.of(Message.user("talk")), RunOptions.DEFAULTS,
        temporal.workflowId("no-store-response"));

    assertThatThrownBy(() -> client.summary(id)).isInstanceOf(WorkflowFailedException.class)
        .rootCause().hasMessageContaining("The response of the model call of agent 'blobs' is 3.00 MB, over the 2.00 MB");
    assertThat(model.requests()).hasSize(1); // not retried: the same response would be refused again
  }

  @Test
  void aCarriedConversationOverTheLimitFailsTheRunWithATypedException() {
    ScriptedModel model = new ScriptedModel();
    for (int i = 0; i < 3; i++) {
      model.thenToolCall("blob", "{\"kb\":900}");
    }
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model,
        MicroagentsOptions.builder().turnsBeforeContinueAsNew(3).build());
    String id = client.start("blobs", List.of(Message.user("fetch")), RunOptions.DEFAULTS,
        temporal.workflowId("no-store-carry"));

    assertThatThrownBy(() -> client.summary(id)).isInstanceOf(PayloadTooLargeException.class)
        .hasMessageContaining("The state this run carries into its next workflow run (a conversation of 7 items) is 2.70 MB")
        .hasMessageContaining("External Storage");
    assertThat(model.requests()).hasSize(3);
  }
}
