package io.microagents.temporal;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;

/**
 * The updates and query every durable run offers a person: answer a question, decide on a
 * tool call, read the state. Validators reject an update that matches nothing pending or has
 * empty input; a rejected update writes nothing to history.
 */
public interface HumanInTheLoop {

  /** Answers the pending question {@code questionId}. */
  @UpdateMethod
  void answer(String questionId, String answer);

  /** Rejects an answer to no pending question, or an empty one. */
  @UpdateValidatorMethod(updateName = "answer")
  void validateAnswer(String questionId, String answer);

  /** Approves or rejects the tool call {@code callId} waiting for approval. */
  @UpdateMethod
  void decide(String callId, boolean approved, String reason);

  /** Rejects a decision on no pending call. */
  @UpdateValidatorMethod(updateName = "decide")
  void validateDecide(String callId, boolean approved, String reason);

  /** The update's name of {@link #awaitPerson()}. */
  String AWAIT_PERSON = "microagents.awaitPerson";

  /**
   * Returns once the run waits for a person (a question or an approval is pending) or has
   * nothing more to do (an agent run ended; a conversation answered its message): the state
   * then. A client waits with it instead of polling the state.
   */
  @UpdateMethod(name = AWAIT_PERSON)
  RunStatus awaitPerson();

  /** The run's state now: agent, turn, pending questions and approvals, counts. */
  @QueryMethod
  RunStatus state();
}
