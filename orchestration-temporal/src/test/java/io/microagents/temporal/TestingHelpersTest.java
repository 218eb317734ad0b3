package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test helpers say what is wrong: an unregistered workflow type on replay, a timed-out tool. */
class TestingHelpersTest {

  @WorkflowInterface
  public interface Greeter {
    @WorkflowMethod
    String greet(String name);
  }

  public static class GreeterImpl implements Greeter {
    @Override
    public String greet(String name) {
      return "Hello " + name;
    }
  }

  @Agent(name = "sleeper", instructions = "Use your tool.")
  public static class Sleeper {
    static final CountDownLatch NEVER = new CountDownLatch(1);

    @Tool("Never returns in time")
    public String nap() throws InterruptedException {
      NEVER.await(5, TimeUnit.SECONDS);
      return "rested";
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aReplayOfAnUnregisteredWorkflowTypeSaysWhichAndHow() {
    AgentClient client = temporal.start(AgentRegistry.of(Sleeper.class), new ScriptedModel(), MicroagentsOptions.DEFAULTS,
        w -> w.registerWorkflowImplementationTypes(GreeterImpl.class));
    String id = temporal.workflowId("greeter");
    client.workflowClient().newWorkflowStub(Greeter.class, WorkflowOptions.newBuilder()
        .setTaskQueue(temporal.taskQueue(MicroagentsTestExtension.TASK_QUEUE)).setWorkflowId(id).build()).greet("Ada");

    assertThatThrownBy(() -> temporal.replay(id)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("its workflow type 'Greeter' is not registered on the replaying worker")
        .hasMessageContaining("temporal.replay(workflowId, GreeterImpl.class)");
    temporal.replay(id, GreeterImpl.class);
  }

  @Test
  void aToolThatTimesOutIsReportedAsTimedOut() {
    ScriptedModel model = new ScriptedModel().thenToolCall("nap", "{}").thenMessage("too tired");
    AgentClient client = temporal.start(AgentRegistry.of(Sleeper.class), model, MicroagentsOptions.builder()
        .tool("nap", ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMillis(500))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build()).build()).build());
    String id = client.start("sleeper", List.of(Message.user("nap")), RunOptions.DEFAULTS, temporal.workflowId("nap"));
    client.summary(id);

    assertThat(Histories.activities(temporal.history(id))).filteredOn(a -> a.type().equals("nap"))
        .singleElement().extracting(Histories.Activity::failure).isEqualTo("timed out START_TO_CLOSE");
  }
}
