package io.microagents.examples.console;

import io.microagents.console.WorkflowQuestions;
import io.microagents.examples.research.ResearchWorkflow;
import io.temporal.client.WorkflowClient;
import java.util.List;

/**
 * The research pipeline's clarifying questions for the console's inbox: read with its
 * {@code pendingQuestions} query, answered with its {@code answerQuestions} update (whose
 * validator refuses the wrong number of answers), as the command line does.
 */
public final class ResearchQuestions implements WorkflowQuestions {

  @Override
  public String workflowType() {
    return "ResearchWorkflow";
  }

  @Override
  public List<String> pending(WorkflowClient client, String workflowId) {
    return client.newWorkflowStub(ResearchWorkflow.class, workflowId).pendingQuestions();
  }

  @Override
  public void answer(WorkflowClient client, String workflowId, List<String> answers) {
    client.newWorkflowStub(ResearchWorkflow.class, workflowId).answerQuestions(answers);
  }
}
