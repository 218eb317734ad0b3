package io.microagents.temporal;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A conversation as an entity workflow: long-lived, it wakes on each user message (an
 * update), runs the agent loop on the conversation so far, and replies. The current agent
 * carries over between messages, so handoffs last. Before its history grows large it
 * continues as new between two messages, carrying the conversation once; the transcript is
 * read from history ({@link AgentClient#transcript}).
 */
@WorkflowInterface
public interface ConversationWorkflow extends HumanInTheLoop, ModelInputQuery, RunDefinitionControl {

  /** Waits for messages until {@link #end()}; returns a summary. */
  @WorkflowMethod
  ConversationSummary run(ConversationInput input);

  /** Takes a user message, runs the loop, returns the reply (the final output as text). */
  @UpdateMethod
  String sendMessage(String message);

  /** Rejects an empty message, or one sent after {@link #end()}. */
  @UpdateValidatorMethod(updateName = "sendMessage")
  void validateSendMessage(String message);

  /** Ends the conversation once the running message, if any, is answered. */
  @SignalMethod
  void end();
}
