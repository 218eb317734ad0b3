package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.json.Json;
import io.microagents.model.ItemsDigest;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Model calls record only the conversation's new items plus a reference to the rest, so
 * history grows with the conversation, not its square; the model still gets it whole.
 */
class ModelInputByReferenceTest {

  @Agent(name = "looker", instructions = "Look things up.")
  public static class Looker {
    static volatile CountDownLatch release = new CountDownLatch(0);

    @Tool("Looks up a value")
    public String lookup(@Param(name = "n") int n) throws InterruptedException {
      release.await(30, TimeUnit.SECONDS);
      return "value " + n + " ".repeat(200);
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private static ScriptedModel threeLookups() {
    return new ScriptedModel()
        .thenToolCall("lookup", "{\"n\":1}")
        .thenToolCall("lookup", "{\"n\":2}")
        .thenToolCall("lookup", "{\"n\":3}")
        .thenMessage("done");
  }

  private static List<ModelRequest> recordedModelCalls(io.temporal.common.WorkflowExecutionHistory history) {
    return Histories.activities(history).stream().filter(a -> a.type().equals(ModelActivity.TYPE))
        .map(a -> Json.convert(Json.parse(a.inputs().get(0)), ModelRequest.class)).toList();
  }

  @Test
  void eachModelCallRecordsOnlyNewItemsAndTheModelStillSeesTheWholeConversation() {
    ScriptedModel model = threeLookups();
    AgentClient client = temporal.start(AgentRegistry.of(Looker.class), model);

    String id = client.start(Looker.class, "look up three values");
    assertThat(client.result(id).finalOutputText()).isEqualTo("done");

    List<ModelRequest> recorded = recordedModelCalls(temporal.history(id));
    assertThat(recorded).hasSize(4);
    assertThat(recorded.get(0).priorInput()).isNull();
    assertThat(recorded.get(0).input()).containsExactly(Message.user("look up three values"));
    for (int i = 1; i < 4; i++) {
      ModelRequest whole = model.requests().get(i);
      assertThat(recorded.get(i).input()).hasSize(2); // the tool call and its output
      assertThat(recorded.get(i).priorInput().count()).isEqualTo(1 + 2 * (i - 1));
      assertThat(recorded.get(i).priorInput().digest())
          .isEqualTo(ItemsDigest.of(whole.input().subList(0, 1 + 2 * (i - 1))));
      assertThat(whole.priorInput()).isNull();
      assertThat(whole.input()).hasSize(1 + 2 * i).endsWith(recorded.get(i).input().toArray(new io.microagents.items.Item[0]));
    }
    temporal.replay(id);
  }

  @Test
  void turnedOffEveryModelCallRecordsItsWholeInput() {
    AgentClient client = temporal.start(AgentRegistry.of(Looker.class), threeLookups(),
        MicroagentsOptions.builder().modelInputByReference(false).build());

    String id = client.start(Looker.class, "look up three values");
    client.result(id);

    List<ModelRequest> recorded = recordedModelCalls(temporal.history(id));
    assertThat(recorded).allMatch(r -> r.priorInput() == null);
    assertThat(recorded).extracting(r -> r.input().size()).containsExactly(1, 3, 5, 7);
    temporal.replay(id);
  }

  @Test
  void theWorkflowAnswersTheQueryForTheReferredItems() throws Exception {
    Looker.release = new CountDownLatch(1);
    try {
      ScriptedModel model = threeLookups();
      AgentClient client = temporal.start(AgentRegistry.of(Looker.class), model);
      String id = client.start(Looker.class, "look up three values");
      Awaits.until(() -> model.requests().size(), n -> n == 1);

      Transcript items = client.workflowClient().newUntypedWorkflowStub(id)
          .query(ModelInputQuery.NAME, Transcript.class, 0, 1);

      assertThat(items.items()).containsExactly(Message.user("look up three values"));
      Looker.release.countDown();
      assertThat(client.result(id).finalOutputText()).isEqualTo("done");
    } finally {
      Looker.release.countDown();
      Looker.release = new CountDownLatch(0);
    }
  }
}
