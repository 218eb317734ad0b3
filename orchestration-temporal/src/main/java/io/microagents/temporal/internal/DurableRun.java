package io.microagents.temporal.internal;

import io.microagents.temporal.Continuation;
import io.microagents.temporal.HumanInTheLoop;
import io.microagents.temporal.ModelInputQuery;
import io.microagents.temporal.Transcript;
import io.temporal.failure.ApplicationFailure;

/**
 * What every durable agent workflow shares: the worker's runtime, the inbox through which a
 * person answers questions and decides on tool calls, and what of the conversation its
 * history holds. Subclasses add their workflow method and the state query.
 */
abstract class DurableRun implements HumanInTheLoop, ModelInputQuery {

  final MicroagentsRuntime runtime;
  final HumanInbox inbox;
  final RecordedConversation recorded;
  /** Items before this workflow run (carried across continue-as-new). */
  int itemsBefore;
  /** Workflow runs before this one. */
  int runsBefore;

  DurableRun(MicroagentsRuntime runtime) {
    this.runtime = runtime;
    this.inbox = new HumanInbox(runtime.options().humanTimeout());
    this.recorded = new RecordedConversation(runtime.options().modelInputByReference());
  }

  /** Goes on from what the previous workflow run carried, if any. */
  void resume(Continuation c) {
    if (c == null) {
      return;
    }
    recorded.restore(c.state().conversation(), c.recorded());
    inbox.continueFrom(c.questions());
    itemsBefore = c.items();
    runsBefore = c.runs();
  }

  /** How many leading items of this conversation the history holds (0 when it does not go on from them). */
  int recordedOf(java.util.List<io.microagents.items.Item> conversation) {
    return recorded.continues(conversation) ? recorded.recorded() : 0;
  }

  /** Fails the workflow at once when this worker has no such agent. */
  void requireAgent(String agent) {
    if (!runtime.registry().contains(agent)) {
      throw ApplicationFailure.newNonRetryableFailure("Unknown agent '" + agent
          + "'; this worker knows " + Statuses.names(runtime.registry()), "UnknownAgent");
    }
  }

  @Override
  public Transcript modelInput(int from, int to) {
    return new Transcript(recorded.range(from, to));
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
