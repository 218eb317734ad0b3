package io.microagents.examples.agenticloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bare loop: model activity and tool activities alternate; tools are activities named after them. */
class AgenticLoopExampleTest {

  @Test
  void theLoopChainsTheToolsTheModelAsksFor() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new AgenticLoopExample());

      assertThat(answer).contains("3 active weather alerts");
      assertThat(s.lines()).containsSubsequence("model call by agentic_loop", "tool call get_ip_address {}",
          "model call by agentic_loop", "tool call get_location_info {\"ip\":\"198.51.100.23\"}",
          "model call by agentic_loop", "tool call get_weather_alerts {\"state\":\"FL\"}", "model call by agentic_loop");
    }
  }

  @Test
  void historyNamesEachToolAndReplaysDeterministically() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      WorkflowClient client = s.session().workflows();
      AgenticLoopWorkflow workflow = client.newWorkflowStub(AgenticLoopWorkflow.class,
          WorkflowOptions.newBuilder().setTaskQueue(s.session().taskQueues().agenticLoop()).setWorkflowId("loop-history").build());
      WorkflowClient.start(workflow::run, "Any weather alerts where I am?");
      WorkflowStub.fromTyped(workflow).getResult(String.class);

      WorkflowExecutionHistory history = client.fetchHistory("loop-history");
      List<String> activities = history.getEvents().stream().filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
          .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName()).toList();
      assertThat(activities).containsExactly("LoopModelCall", "get_ip_address", "LoopModelCall", "get_location_info",
          "LoopModelCall", "get_weather_alerts", "LoopModelCall");
      WorkerFactory replayers = WorkerFactory.newInstance(client);
      try {
        Worker replayer = AgenticLoopWorker.register(replayers, "replay", s.session().registry(), s.session().models(), null,
            io.temporal.worker.WorkerOptions.getDefaultInstance());
        WorkflowReplayer.replayWorkflowExecution(history, replayer);
      } finally {
        replayers.shutdownNow();
      }
    }
  }

  @Test
  void noToolFitsSoItAnswersInHaikuInOneModelCall() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new AgenticLoopExample(), "Write me a poem about rivers");

      assertThat(answer.lines()).hasSize(3);
      assertThat(s.lines()).filteredOn(l -> l.startsWith("model call")).hasSize(1);
    }
  }
}
