package io.microagents.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.microagents.model.Usage;

/**
 * What a {@link ConversationWorkflow} returns when it ends: small however long the
 * conversation was. Its transcript is in history: {@link AgentClient#transcript}.
 *
 * @param messages user messages answered
 * @param lastAgent the agent that answered the last one
 * @param usage usage of the whole conversation
 * @param items the transcript's length: user messages and every item generated
 * @param runs workflow runs the conversation took: 1, plus one per continue-as-new
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationSummary(int messages, String lastAgent, Usage usage, int items, int runs) {

  public ConversationSummary {
    usage = usage == null ? Usage.EMPTY : usage;
  }
}
