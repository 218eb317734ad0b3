package io.microagents.examples.customerservice;

import io.microagents.examples.ExampleSession;
import io.microagents.examples.StepPrinter;
import io.microagents.examples.steps.HistoryFollower;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.PendingApproval;
import io.microagents.temporal.PendingInput;
import io.temporal.client.WorkflowUpdateException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one customer message and, while the reply waits on a tool call held for approval,
 * asks the person at the terminal to decide it (or takes the decision from {@code --answer}).
 * With nobody at the terminal the call keeps waiting for someone to decide it in the web
 * console ({@code examples/run console}) or through {@code AgentClient.decide}; whoever
 * decides first wins, the others are told.
 */
final class ApprovalPrompt {

  private static final long POLL_MILLIS = 200;

  private final ExampleSession session;
  private final HistoryFollower follower;
  private final Set<String> asked = new HashSet<>();

  ApprovalPrompt(ExampleSession session, HistoryFollower follower) {
    this.session = session;
    this.follower = follower;
  }

  /** Sends {@code message} to the conversation and returns its reply, deciding approvals on the way. */
  String send(String conversationId, String message) throws InterruptedException {
    AgentClient agents = session.agents();
    CompletableFuture<String> reply = agents.sendAsync(conversationId, message);
    while (true) {
      try {
        return reply.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        for (PendingInput waiting : agents.pendingInTree(conversationId)) {
          for (PendingApproval approval : waiting.approvals()) {
            if (asked.add(waiting.workflowId() + "/" + approval.callId())) {
              decide(waiting.workflowId(), approval);
            }
          }
        }
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      }
    }
  }

  private void decide(String workflowId, PendingApproval approval) throws InterruptedException {
    StepPrinter printer = session.printer();
    follower.catchUp();
    printer.waiting("approval of " + approval.tool() + " " + approval.arguments() + " (asked by " + approval.agent()
        + "; workflow " + workflowId + " waits as long as it takes, at no cost)");
    String answer = session.human().next("Approve " + approval.tool() + "? (yes/no)");
    if (answer == null) {
      printer.step("nobody at this terminal to decide: approve or reject it in the web console "
          + "(examples/run console) — the conversation waits");
      return;
    }
    String said = answer.strip().toLowerCase(Locale.ROOT);
    boolean approved = said.equals("y") || said.equals("yes") || said.equals("approve");
    try {
      session.agents().decide(workflowId, approval.callId(), approved, approved ? null : "the customer's change was refused at the terminal");
      printer.step((approved ? "approved " : "rejected ") + approval.tool() + " (update decide)");
    } catch (WorkflowUpdateException e) { // someone decided first (the console), or the run moved on
      printer.step("not decided here: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
