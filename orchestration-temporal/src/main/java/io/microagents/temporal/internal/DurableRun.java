package io.microagents.temporal.internal;

import io.microagents.temporal.HumanInTheLoop;
import io.microagents.temporal.ModelInputQuery;
import io.microagents.temporal.Transcript;
import io.temporal.failure.ApplicationFailure;

/**
 * What every durable agent workflow shares: the worker's runtime, the inbox through which a
 * person answers questions and decides on tool calls, and the model input sent by reference.
 * Subclasses add their workflow method and the state query.
 */
abstract class DurableRun implements HumanInTheLoop, ModelInputQuery {

  final MicroagentsRuntime runtime;
  final HumanInbox inbox;
  final SentModelInput sent;

  DurableRun(MicroagentsRuntime runtime) {
    this.runtime = runtime;
    this.inbox = new HumanInbox(runtime.options().humanTimeout());
    this.sent = new SentModelInput(runtime.options().modelInputByReference());
  }

  /** Fails the workflow at once when this worker has no such agent. */
  void requireAgent(String agent) {
    if (!runtime.registry().contains(agent)) {
      throw ApplicationFailure.newNonRetryableFailure("Unknown agent '" + agent
          + "'; this worker knows " + Statuses.names(runtime.registry()), "UnknownAgent");
    }
  }

  @Override
  public Transcript modelInput(int count) {
    return new Transcript(sent.prefix(count));
  }

  @Override
  public void answer(String questionId, String answer) {
    inbox.answer(questionId, answer);
  }

  @Override
  public void validateAnswer(String questionId, String answer) {
    inbox.validateAnswer(questionId, answer);
  }

  @Override
  public void decide(String callId, boolean approved, String reason) {
    inbox.decide(callId, approved, reason);
  }

  @Override
  public void validateDecide(String callId, boolean approved, String reason) {
    inbox.validateDecision(callId);
  }
}
