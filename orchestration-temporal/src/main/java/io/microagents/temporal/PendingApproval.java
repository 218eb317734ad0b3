package io.microagents.temporal;

import java.time.Instant;

/**
 * A tool call waiting for a person's approval; decide it with the {@code decide} update.
 *
 * @param callId the model's call id, to decide with
 * @param agent the agent whose tool it is
 * @param tool the tool's name
 * @param arguments the arguments exactly as the tool will take them, as canonical JSON (the
 *     keys of every object in alphabetical order), never the model's raw text: see
 *     {@link io.microagents.agent.ToolDefinition#canonicalArguments}
 * @param askedAt when the run asked, in workflow time; {@code null} when not known (a status
 *     made by hand). What a wait's age is measured from, as in {@code RunGauges}
 */
public record PendingApproval(String callId, String agent, String tool, String arguments, Instant askedAt) {

  /** An approval whose asking time is not known. */
  public PendingApproval(String callId, String agent, String tool, String arguments) {
    this(callId, agent, tool, arguments, null);
  }
}
