package io.microagents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.customerservice.AirlineContext;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.PendingInput;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The recorded histories of the agent examples replay on a fresh worker: a change to the
 * agents or the loop that would break a running workflow's replay fails here.
 */
class HistoryReplayTest {

  private static void replay(ExampleSession session, String workflowId) throws Exception {
    WorkflowClient client = session.workflows();
    WorkerFactory factory = WorkerFactory.newInstance(client);
    try {
      Worker worker = factory.newWorker("replay-" + workflowId);
      MicroagentsWorker.register(worker, session.registry(), session.models());
      WorkflowReplayer.replayWorkflowExecution(client.fetchHistory(workflowId), worker);
    } finally {
      factory.shutdownNow();
    }
  }

  @Test
  void weatherAndHandoffRunsReplay() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      AgentClient agents = s.session().agents();
      agents.start("weather", List.of(Message.user("Any weather alerts where I am?")), RunOptions.DEFAULTS, "replay-weather");
      agents.start("triage", List.of(Message.user("When does Target close?")), RunOptions.DEFAULTS, "replay-handoffs");
      agents.result("replay-weather");
      agents.result("replay-handoffs");

      replay(s.session(), "replay-weather");
      replay(s.session(), "replay-handoffs");
    }
  }

  @Test
  void aConversationWithHandoffsBothWaysReplays() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      AgentClient agents = s.session().agents();
      RunOptions options = RunOptions.builder().context(new AirlineContext("Alex Rivera")).build();
      agents.startConversation("airline_triage", "replay-conversation", options);
      agents.send("replay-conversation", "How many bags can I bring?");
      agents.send("replay-conversation", "I want to change my seat");
      CompletableFuture<String> seat = agents.sendAsync("replay-conversation", "Confirmation XY12Z9, seat 3C");
      PendingInput held = agents.awaitPersonInTree("replay-conversation", Duration.ofSeconds(30)).get(0);
      agents.decide(held.workflowId(), held.approvals().get(0).callId(), true, null); // the seat change needs approval
      assertThat(seat.get(30, TimeUnit.SECONDS)).startsWith("Updated seat to 3C");
      agents.endConversation("replay-conversation");

      replay(s.session(), "replay-conversation");
    }
  }
}
