package io.microagents.temporal;

/**
 * A tool call waiting for a person's approval; decide it with the {@code decide} update.
 *
 * @param callId the model's call id, to decide with
 * @param agent the agent whose tool it is
 * @param tool the tool's name
 * @param arguments the arguments exactly as the tool will take them, as canonical JSON (the
 *     keys of every object in alphabetical order), never the model's raw text: see
 *     {@link io.microagents.agent.ToolDefinition#canonicalArguments}
 */
public record PendingApproval(String callId, String agent, String tool, String arguments) {}
