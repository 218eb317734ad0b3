package io.microagents.temporal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.model.ModelResponse;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.ConversationSummary;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A conversation of 400 KB documents continues as new every two messages, with messages sent
 * while a reply is still running and while the workflow continues as new: every message gets
 * its reply (an update in flight is finished, or taken by the next run, never failed), and the
 * transcript read back from history is whole.
 */
class LargeConversationTest {

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void fourHundredKilobyteDocumentsAcrossContinueAsNewWithUpdatesInFlight() throws Exception {
    CountDownLatch firstReplyMayFinish = new CountDownLatch(1);
    ScriptedModel model = new ScriptedModel();
    model.forAgent("blobs").repeat(6, ScriptedStep.answer(r -> {
      String doc = ((Message) r.input().get(r.input().size() - 1)).content();
      if (doc.startsWith("a")) {
        await(firstReplyMayFinish);
      }
      return new ModelResponse(List.of(Message.assistant("read " + doc.charAt(0) + " of " + doc.length())), null, null);
    }));
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model);
    String id = client.startConversation(new ConversationInput("blobs", null, null, 2), temporal.workflowId("docs"));

    // The second message arrives while the first is answered; both are done before continue-as-new.
    CompletableFuture<String> first = client.sendAsync(id, BlobAgent.blob(400, 'a'));
    CompletableFuture<String> second = client.sendAsync(id, BlobAgent.blob(400, 'b'));
    firstReplyMayFinish.countDown();
    assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("read a of 400000");
    assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo("read b of 400000");
    // Four more at once: some arrive while a workflow run is continuing as new.
    List<CompletableFuture<String>> more = new ArrayList<>();
    for (char c : "cdef".toCharArray()) {
      more.add(client.sendAsync(id, BlobAgent.blob(400, c)));
    }
    for (int i = 0; i < more.size(); i++) {
      assertThat(more.get(i).get(60, TimeUnit.SECONDS)).isEqualTo("read " + "cdef".charAt(i) + " of 400000");
    }

    List<Item> transcript = client.transcript(id);
    assertThat(transcript).hasSize(12);
    assertThat(transcript).filteredOn(i -> i instanceof Message m && m.content().length() == 400_000).hasSize(6);
    assertThat(client.endConversation(id)).isEqualTo(transcript);
    ConversationSummary summary = client.workflowClient().newUntypedWorkflowStub(id).getResult(ConversationSummary.class);
    assertThat(summary.messages()).isEqualTo(6);
    assertThat(summary.items()).isEqualTo(12);
    assertThat(summary.runs()).isGreaterThanOrEqualTo(3);
    assertThat(HistorySizes.largestEvent(client.workflowClient(), id)).isLessThan(LargePayloadsTest.LARGEST_EVENT);
    temporal.replay(id);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
