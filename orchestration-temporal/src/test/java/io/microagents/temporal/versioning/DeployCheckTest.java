package io.microagents.temporal.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.items.Message;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.deploy.DeployCheck;
import io.microagents.temporal.deploy.DeployCheckReport;
import io.microagents.temporal.deploy.DeployCheckResult;
import io.microagents.temporal.durability.Poll;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The deploy check on a real server: with an agent run waiting for a person and a workflow of
 * your own waiting for a signal, a build that renames the agent's tool passes (the run keeps
 * its definition; the check lists what it will not see), and a build that changes the other
 * workflow's code non-deterministically is reported as breaking it, by id and why.
 */
class DeployCheckTest {

  @WorkflowInterface
  public interface Waiter {
    @WorkflowMethod
    String run();

    @SignalMethod
    void go();
  }

  /** The build in flight: sleeps a moment, then waits for the signal. */
  public static class WaiterV1 implements Waiter {
    boolean go;

    @Override
    public String run() {
      Workflow.sleep(Duration.ofMillis(10));
      Workflow.await(() -> go);
      return "went";
    }

    @Override
    public void go() {
      go = true;
    }
  }

  /** The new build: waits at once — the recorded history's timer has no command to match. */
  public static class WaiterV2 extends WaiterV1 {
    @Override
    public String run() {
      Workflow.await(() -> go);
      return "went";
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void reportsTheWorkflowAChangeWouldBreakAndWhatAgentRunsKeep() throws Exception {
    Assumptions.assumeTrue(temporal.realServer(),
        "SKIPPED on the in-memory server: the deploy check lists workflows through visibility, which it lacks; "
            + ".ci/run runs it against the real dev server");
    ScriptedModel model = new ScriptedModel().thenToolCall("ask_human", "{\"question\":\"Go on?\"}");
    AgentRegistry v2 = Bookers.registry(AgentDefinition.builder("booker").instructions("v1").maxTurns(10)
        .tool(Bookers.tool("find")).tool(Bookers.tool("book").withApproval()).tool(ToolDefinition.askHuman()));
    String queue = temporal.taskQueue("deploy-check");
    WorkflowClient client = temporal.workflowClient();
    MicroagentsOptions options = MicroagentsOptions.DEFAULTS.withExternalStorage(true);
    WorkerFactory inFlight = WorkerFactory.newInstance(client);
    Worker worker = inFlight.newWorker(queue);
    MicroagentsWorker.register(worker, Bookers.registry(Bookers.v1()), model, options);
    worker.registerWorkflowImplementationTypes(WaiterV1.class);
    inFlight.start();
    try {
      AgentClient agents = new AgentClient(client, queue, null);
      String run = agents.start("booker", List.of(Message.user("go")), null, temporal.workflowId("check-agent"));
      String waiter = temporal.workflowId("check-waiter");
      WorkflowClient.start(client.newWorkflowStub(Waiter.class,
          WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(waiter).build())::run);
      Poll.until("the agent run's question and the waiter's timer", Duration.ofSeconds(30),
          () -> !agents.state(run).questions().isEmpty()
              && client.fetchHistory(waiter).getEvents().stream().anyMatch(e -> e.hasTimerFiredEventAttributes()));
      Poll.until("visibility to list both", Duration.ofSeconds(30), () -> client.listExecutions(
          "TaskQueue = '" + queue + "' AND ExecutionStatus = 'Running'").count() == 2);

      DeployCheckReport report = DeployCheck.builder(client)
          .build(w -> {
            MicroagentsWorker.register(w, v2, model, options);
            w.registerWorkflowImplementationTypes(WaiterV2.class);
          })
          .agents(v2, options)
          .query("TaskQueue = '" + queue + "' AND ExecutionStatus = 'Running'")
          .build().run();

      System.out.println(report.text());
      assertThat(report.ok()).isFalse();
      assertThat(report.results()).hasSize(2);
      DeployCheckResult broken = report.breaking().get(0);
      assertThat(broken.workflowId()).isEqualTo(waiter);
      assertThat(broken.reason()).contains("NonDeterministic");
      DeployCheckResult kept = report.results().stream().filter(r -> r.workflowId().equals(run)).findFirst().orElseThrow();
      assertThat(kept.ok()).isTrue();
      assertThat(kept.definitionChanges()).contains(
          "agent 'booker': tool 'lookup' is not in this build: a run's calls to it will fail (the model is told)",
          "agent 'booker': tool 'find' is new in this build");
      assertThat(report.text()).contains("WOULD BREAK " + waiter).contains("1 would break");
    } finally {
      inFlight.shutdownNow();
      inFlight.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
