package io.microagents.examples.console;

import io.microagents.console.MicroagentsConsole;
import io.microagents.console.RunLauncher;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.research.ResearchExample;
import io.microagents.examples.research.ResearchWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;

/**
 * The console as the examples serve it: on the session's Temporal target, the research
 * pipeline's questions in the inbox, and a form that starts a research run on the session's
 * task queue.
 */
public final class ExampleConsole {

  private ExampleConsole() {}

  /** A console builder for this session (not yet started): set the port, token and UI link, then build. */
  public static MicroagentsConsole.Builder builder(ExampleSession session) {
    ResearchExample research = new ResearchExample();
    return MicroagentsConsole.builder(session.agents())
        .questions(new ResearchQuestions())
        .launcher(new RunLauncher("research", research.description(), String.join(" ", research.defaultInput()),
            input -> startResearch(session, input)));
  }

  /** Starts a research run on {@code input} and returns its workflow id; its questions wait in the inbox. */
  public static String startResearch(ExampleSession session, String input) {
    String id = session.newWorkflowId("research");
    ResearchWorkflow workflow = session.workflows().newWorkflowStub(ResearchWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(session.taskQueues().agents()).setWorkflowId(id).build());
    WorkflowClient.start(workflow::research, input == null || input.isBlank() ? "Research durable execution" : input);
    return id;
  }
}
