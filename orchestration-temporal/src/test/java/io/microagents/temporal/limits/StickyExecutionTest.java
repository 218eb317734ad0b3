package io.microagents.temporal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.model.ModelRequest;
import io.microagents.run.RunContext;
import io.microagents.run.RunHooks;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.workflow.Workflow;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a warm worker, sticky execution keeps the workflow in memory between its tasks: no task
 * replays the history. Counted with a hook that runs in workflow code on every execution and
 * every replay of a model call: with stickiness off, 40 model calls fire it about 800 times.
 */
class StickyExecutionTest {

  static final int TURNS = 40;
  static final AtomicInteger ALL = new AtomicInteger();
  static final AtomicInteger LIVE = new AtomicInteger();

  /** Counts every model-start callback, and those outside replay. */
  static final class Counting implements RunHooks {
    @Override
    public void onModelStart(RunContext context, String agent, ModelRequest request) {
      ALL.incrementAndGet();
      if (!Workflow.isReplaying()) {
        LIVE.incrementAndGet();
      }
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aWarmWorkerReplaysNothing() {
    ALL.set(0);
    LIVE.set(0);
    ScriptedModel model = new ScriptedModel();
    for (int i = 1; i < TURNS; i++) {
      model.thenToolCall("blob", "{\"kb\":1}");
    }
    model.thenMessage("done");
    AgentClient client = temporal.start(AgentRegistry.of(BlobAgent.class), model,
        MicroagentsOptions.builder().hooks(new Counting()).build());

    client.summary(client.start("blobs", List.of(Message.user("fetch")), RunOptions.DEFAULTS, temporal.workflowId("warm")));

    assertThat(LIVE.get()).isEqualTo(TURNS);
    assertThat(ALL.get()).as("model-start callbacks, replays included").isEqualTo(TURNS);
  }
}
