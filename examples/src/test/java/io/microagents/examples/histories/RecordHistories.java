package io.microagents.examples.histories;

import io.microagents.examples.ExampleSession;
import io.microagents.examples.SessionSettings;
import io.microagents.examples.TemporalTarget;
import io.microagents.examples.agenticloop.AgenticLoopWorkflow;
import io.microagents.examples.customerservice.AirlineContext;
import io.microagents.examples.research.ResearchWorkflow;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.PendingInput;
import io.microagents.temporal.deploy.HistoryFiles;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Records the histories {@code RecordedHistoriesTest} replays: each example run offline on a
 * real Temporal server, its histories (every run, every child) saved as JSON. Run it with
 * {@code scripts/record-histories.sh} after a change that is meant to change histories, and
 * commit the files: from then on, a change that would break runs like these fails the build.
 *
 * <p>Arguments: the server's {@code host:port}, the folder to write to.
 */
public final class RecordHistories {

  private RecordHistories() {}

  public static void main(String[] args) throws Exception {
    String address = args[0];
    Path folder = Path.of(args[1]);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    SessionSettings settings = SessionSettings.builder(System.out).offline(true)
        .temporal(new TemporalTarget(address, "default")).build();
    try (ExampleSession session = ExampleSession.open(settings)) {
      AgentClient agents = session.agents();
      WorkflowClient client = session.workflows();
      String weather = agents.start("weather", List.of(Message.user("Any weather alerts where I am?")),
          RunOptions.DEFAULTS, "weather-" + suffix);
      String handoffs = agents.start("triage", List.of(Message.user("When does Target close?")), RunOptions.DEFAULTS,
          "handoffs-" + suffix);
      String cruncher = agents.start("cruncher", List.of(Message.user("Crunch the numbers in 3 steps.")),
          RunOptions.DEFAULTS, "durability-" + suffix);
      agents.result(weather);
      agents.result(handoffs);
      agents.result(cruncher);

      String chat = "customer-service-" + suffix;
      agents.startConversation("airline_triage", chat, RunOptions.builder().context(new AirlineContext("Alex Rivera")).build());
      agents.send(chat, "How many bags can I bring?");
      agents.send(chat, "I want to change my seat");
      CompletableFuture<String> seat = agents.sendAsync(chat, "Confirmation XY12Z9, seat 3C"); // held for approval
      PendingInput waiting = agents.awaitPersonInTree(chat, Duration.ofSeconds(30)).get(0);
      agents.decide(waiting.workflowId(), waiting.approvals().get(0).callId(), true, null);
      seat.get(30, TimeUnit.SECONDS);
      agents.endConversation(chat);

      String research = "research-" + suffix;
      ResearchWorkflow workflow = client.newWorkflowStub(ResearchWorkflow.class, WorkflowOptions.newBuilder()
          .setTaskQueue(session.taskQueues().agents()).setWorkflowId(research).build());
      WorkflowClient.start(workflow::research, "Research durable execution for AI agents in 3 searches");
      workflow.awaitQuestions();
      workflow.answerQuestions(List.of("Engineers", "Crash recovery", "One page"));
      WorkflowStub.fromTyped(workflow).getResult(Object.class);

      String loop = "agentic-loop-" + suffix;
      client.newWorkflowStub(AgenticLoopWorkflow.class, WorkflowOptions.newBuilder()
          .setTaskQueue(session.taskQueues().agenticLoop()).setWorkflowId(loop).build()).run("Any weather alerts where I am?");

      for (String[] w : new String[][] {{weather, "weather"}, {handoffs, "handoffs"}, {cruncher, "durability"},
          {chat, "customer-service"}, {research, "research"}, {loop, "agentic-loop"}}) {
        System.out.println(w[1] + ": " + HistoryFiles.save(client, w[0], folder, w[1]));
      }
    }
  }
}
