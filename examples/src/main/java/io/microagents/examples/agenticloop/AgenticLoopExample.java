package io.microagents.examples.agenticloop;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.steps.HistoryFollower;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import java.util.Map;

/** The primitives under the framework: the agentic loop as a hand-written workflow. */
public final class AgenticLoopExample implements Example {

  @Override
  public String name() {
    return "agentic-loop";
  }

  @Override
  public String description() {
    return "The bare loop as a workflow: a model activity plus one dynamic activity finding tools by name";
  }

  @Override
  public List<String> defaultInput() {
    return List.of("Are there any weather alerts where I am?");
  }

  @Override
  public Map<String, AgentScript> offlineScripts() {
    return AgenticLoopScript.scripts();
  }

  @Override
  public String run(ExampleSession session, List<String> input) throws InterruptedException {
    String id = session.newWorkflowId("agentic-loop");
    AgenticLoopWorkflow workflow = session.workflows().newWorkflowStub(AgenticLoopWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(session.taskQueues().agenticLoop()).setWorkflowId(id).build());
    WorkflowClient.start(workflow::run, String.join(" ", input));
    return resume(session, id);
  }

  /** Prints the steps of a loop under way (from its start) and waits for its answer. */
  public static String resume(ExampleSession session, String id) throws InterruptedException {
    try (HistoryFollower follower = session.follower()) {
      follower.follow(id);
      String answer = session.workflows().newUntypedWorkflowStub(id).getResult(String.class);
      follower.awaitPrinted(30);
      return answer;
    }
  }
}
