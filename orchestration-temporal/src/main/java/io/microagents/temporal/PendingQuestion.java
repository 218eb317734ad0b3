package io.microagents.temporal;

import java.time.Instant;

/**
 * A question the run asked a person and is waiting on; answer it with the {@code answer}
 * update.
 *
 * @param id the id to answer with ({@code q1}, {@code q2}, … in the order asked)
 * @param agent the agent that asked
 * @param question the question's text
 * @param askedAt when the run asked, in workflow time; {@code null} when not known (a status
 *     made by hand). What a wait's age is measured from, as in {@code RunGauges}
 */
public record PendingQuestion(String id, String agent, String question, Instant askedAt) {

  /** A question whose asking time is not known. */
  public PendingQuestion(String id, String agent, String question) {
    this(id, agent, question, null);
  }
}
