package io.microagents.examples.research;

/**
 * The research triage agent's decision.
 *
 * @param needsClarification whether the request is too vague to research without asking the user
 * @param topic the topic, in a few words
 * @param reason why clarification is or is not needed
 */
public record TriageDecision(boolean needsClarification, String topic, String reason) {}
