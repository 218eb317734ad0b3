package io.microagents.examples;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.microagents.examples.agenticloop.AgenticLoopExample;
import io.microagents.examples.customerservice.CustomerServiceExample;
import io.microagents.examples.research.ResearchExample;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Picks up an example's run by its workflow id, from any process: what its type needs to go
 * on — an agent run's steps and result, the research pipeline's questions, a conversation's
 * next messages, the bare loop's answer. How a run whose client was stopped (Ctrl-C) is
 * finished.
 */
public final class RunAttachment {

  private RunAttachment() {}

  /**
   * Follows the run to its end, printing its steps from the start, and returns its final
   * output; {@code messages} are a conversation's next messages.
   *
   * @throws IllegalArgumentException when there is no such workflow, or it is not an example's
   */
  public static String attach(ExampleSession session, String workflowId, List<String> messages)
      throws InterruptedException {
    String type = typeOf(session, workflowId);
    session.attached(workflowId);
    session.printer().line("Attached to " + type + " " + workflowId);
    return switch (type) {
      case "AgentWorkflow" -> session.followAgent(workflowId).finalOutputText();
      case "ResearchWorkflow" -> ResearchExample.resume(session, workflowId);
      case "ConversationWorkflow" -> CustomerServiceExample.converse(session, workflowId, messages);
      case "AgenticLoopWorkflow" -> AgenticLoopExample.resume(session, workflowId);
      default -> throw new IllegalArgumentException("Workflow " + workflowId + " is a " + type
          + ", not a run of an example (AgentWorkflow, ResearchWorkflow, ConversationWorkflow, AgenticLoopWorkflow)");
    };
  }

  private static String typeOf(ExampleSession session, String workflowId) {
    String namespace = session.workflows().getOptions().getNamespace();
    try {
      return session.workflows().getWorkflowServiceStubs().blockingStub().withDeadlineAfter(10, TimeUnit.SECONDS)
          .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder().setNamespace(namespace)
              .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId)).build())
          .getWorkflowExecutionInfo().getType().getName();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new IllegalArgumentException("No workflow " + workflowId + " in namespace " + namespace
            + " on " + session.settings().temporal().address());
      }
      throw e;
    }
  }
}
