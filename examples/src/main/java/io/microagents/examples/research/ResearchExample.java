package io.microagents.examples.research;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.steps.HistoryFollower;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowQueryException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The micro-agent pipeline: triage, clarifying questions (a person answers, through an
 * update), brief, plan, parallel searches as child workflows, report.
 */
public final class ResearchExample implements Example {

  @Override
  public String name() {
    return "research";
  }

  @Override
  public String description() {
    return "Triage -> clarifying questions (waits for you) -> plan -> parallel searches as child workflows -> report";
  }

  @Override
  public List<String> defaultInput() {
    return List.of("Research durable execution for AI agents");
  }

  @Override
  public Map<String, AgentScript> offlineScripts() {
    return ResearchScript.scripts();
  }

  @Override
  public String run(ExampleSession session, List<String> input) throws InterruptedException {
    String id = session.newWorkflowId("research");
    ResearchWorkflow workflow = session.workflows().newWorkflowStub(ResearchWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(session.taskQueues().agents()).setWorkflowId(id).build());
    try (HistoryFollower follower = session.follower()) {
      WorkflowClient.start(workflow::research, String.join(" ", input));
      follower.follow(id);
      return finish(session, follower, id, workflow);
    }
  }

  /**
   * Picks up a research run already under way (as {@code attach} does): prints its steps from
   * the start, asks its questions if it still waits for answers, and returns its report.
   */
  public static String resume(ExampleSession session, String id) throws InterruptedException {
    ResearchWorkflow workflow = session.workflows().newWorkflowStub(ResearchWorkflow.class, id);
    try (HistoryFollower follower = session.follower()) {
      follower.follow(id);
      return finish(session, follower, id, workflow);
    }
  }

  private static String finish(ExampleSession session, HistoryFollower follower, String id, ResearchWorkflow workflow)
      throws InterruptedException {
    WorkflowStub stub = WorkflowStub.fromTyped(workflow);
    try {
      List<String> questions = workflow.awaitQuestions();
      if (!questions.isEmpty() && "waiting for answers".equals(workflow.stage())) {
        follower.catchUp();
        session.printer().step("query stage() -> " + workflow.stage());
        session.printer().waiting(questions.size() + " clarifying questions (workflow " + id
            + " waits as long as it takes, at no cost)");
        List<String> answers = new ArrayList<>();
        for (String question : questions) {
          String answer = session.human().next(question);
          answers.add(answer == null || answer.isBlank() ? "No preference." : answer);
        }
        workflow.answerQuestions(answers);
      }
    } catch (WorkflowUpdateException | WorkflowNotFoundException | WorkflowQueryException e) {
      // The run ended (failed, most likely) before it could ask: its result says why, not the update.
      stub.getResult(ResearchReport.class);
      throw e;
    }
    ResearchReport report = stub.getResult(ResearchReport.class);
    follower.awaitPrinted(30);
    return ResearchPrompts.render(report);
  }
}
