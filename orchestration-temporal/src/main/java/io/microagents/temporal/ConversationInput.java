package io.microagents.temporal;

import io.microagents.run.RunOptions;

/**
 * The input of a {@link ConversationWorkflow}, and what it carries across continue-as-new.
 *
 * @param agent the agent that answers the first message
 * @param options the options of every run in the conversation; {@code null} for defaults
 * @param continuation the conversation so far when the workflow continued as new, or
 *     {@code null} for a new one
 * @param messagesBeforeContinueAsNew messages handled before the workflow continues as new
 *     with its state; 0 for {@link #DEFAULT_MESSAGES_BEFORE_CONTINUE_AS_NEW}. It also
 *     continues as new earlier when its history budget is spent (see
 *     {@link MicroagentsOptions.Builder#continueAsNewAtHistoryBytes}).
 */
public record ConversationInput(
    String agent, RunOptions options, Continuation continuation, int messagesBeforeContinueAsNew) {

  /** Messages per workflow run before continue-as-new, unless the history budget is spent sooner. */
  public static final int DEFAULT_MESSAGES_BEFORE_CONTINUE_AS_NEW = 50;

  public ConversationInput {
    options = options == null ? RunOptions.DEFAULTS : options;
    messagesBeforeContinueAsNew = messagesBeforeContinueAsNew <= 0
        ? DEFAULT_MESSAGES_BEFORE_CONTINUE_AS_NEW : messagesBeforeContinueAsNew;
  }

  /** A new conversation with an agent. */
  public static ConversationInput start(String agent) {
    return new ConversationInput(agent, null, null, 0);
  }
}
