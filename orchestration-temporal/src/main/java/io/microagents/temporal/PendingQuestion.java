package io.microagents.temporal;

/**
 * A question the run asked a person and is waiting on; answer it with the {@code answer}
 * update.
 *
 * @param id the id to answer with ({@code q1}, {@code q2}, … in the order asked)
 * @param agent the agent that asked
 * @param question the question's text
 */
public record PendingQuestion(String id, String agent, String question) {}
