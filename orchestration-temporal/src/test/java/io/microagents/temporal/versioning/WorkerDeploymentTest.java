package io.microagents.temporal.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.items.Message;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.WorkerDeployment;
import io.microagents.temporal.durability.Poll;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rolling out a changed agent with Worker Deployments on a real server: a run pinned to build
 * v1 finishes on v1's worker with v1's agent, while a run started after v2 became current runs
 * on v2 with v2's agent.
 */
class WorkerDeploymentTest {

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aPinnedRunFinishesOnItsBuildWhileNewRunsStartOnTheNewOne() throws Exception {
    Assumptions.assumeTrue(temporal.realServer(),
        "SKIPPED on the in-memory server: it has no Worker Deployments; .ci/run runs it against the real dev server");
    String deployment = "agents-" + UUID.randomUUID().toString().substring(0, 8);
    String queue = temporal.taskQueue("deployments");
    WorkflowClient client = temporal.workflowClient();
    MicroagentsOptions options = MicroagentsOptions.DEFAULTS.withExternalStorage(true);
    ScriptedModel v1Model = new ScriptedModel().thenToolCall("ask_human", "{\"question\":\"Go on?\"}").thenMessage("v1 done");
    ScriptedModel v2Model = new ScriptedModel().thenMessage("v2 done");
    WorkerDeployment v1 = WorkerDeployment.pinned(deployment, "v1");
    WorkerDeployment v2 = WorkerDeployment.pinned(deployment, "v2");
    WorkerFactory first = WorkerFactory.newInstance(client);
    MicroagentsWorker.register(first.newWorker(queue, v1.apply(WorkerOptions.getDefaultInstance())),
        Bookers.registry(Bookers.v1()), v1Model, options);
    first.start();
    WorkerFactory second = WorkerFactory.newInstance(client);
    try {
      v1.makeCurrent(client, Duration.ofSeconds(30));
      AgentClient agents = new AgentClient(client, queue, null);
      String pinned = agents.start("booker", List.of(Message.user("go")), null, temporal.workflowId("pinned"));
      Poll.until("the pinned run's question", Duration.ofSeconds(30), () -> !agents.state(pinned).questions().isEmpty());

      MicroagentsWorker.register(second.newWorker(queue, v2.apply(WorkerOptions.getDefaultInstance())),
          Bookers.changed(b -> b.instructions("v2")), v2Model, options);
      second.start();
      v2.makeCurrent(client, Duration.ofSeconds(30));
      String fresh = agents.start("booker", List.of(Message.user("go")), null, temporal.workflowId("fresh"));
      assertThat(agents.summary(fresh).finalOutputText()).isEqualTo("v2 done");

      agents.answer(pinned, "q1", "yes");
      assertThat(agents.summary(pinned).finalOutputText()).isEqualTo("v1 done");
      assertThat(v1Model.requests()).extracting(ModelRequest::instructions).containsExactly("v1", "v1");
      assertThat(v2Model.requests()).extracting(ModelRequest::instructions).containsExactly("v2");
    } finally {
      second.shutdownNow();
      first.shutdownNow();
      first.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
