package io.microagents.temporal.internal;

import io.microagents.run.RunState;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.AgentWorkflow;
import io.temporal.workflow.Workflow;
import java.util.function.Supplier;

/**
 * Keeps an agent run's history bounded: before a model call, when the server suggests it (or
 * after a set number of model calls in this workflow run), the run continues as new with its
 * state, so the next run's history starts small. Only between turns, with no update handler
 * running.
 */
final class ContinueAsNew {

  private final AgentRunInput input;
  private final Supplier<RunState> state;
  private final int turnsPerRun;
  private int calls;

  ContinueAsNew(AgentRunInput input, Supplier<RunState> state, int turnsPerRun) {
    this.input = input;
    this.state = state;
    this.turnsPerRun = turnsPerRun;
  }

  /** Continues as new (does not return) when due. */
  void ifDue() {
    boolean due = turnsPerRun > 0 ? calls >= turnsPerRun : Workflow.getInfo().isContinueAsNewSuggested();
    calls++;
    if (!due || !Workflow.isEveryHandlerFinished()) {
      return;
    }
    RunState s = state.get();
    // The loop counted the call it is about to make; the next run makes it again.
    RunState resume = new RunState(s.startingAgent(), s.currentAgent(), s.input(), s.newItems(), s.conversation(),
        s.historyLength(), s.turn() - 1, s.maxTurns(), s.usage(), s.rawResponses(), s.inputGuardrailsChecked(),
        s.options());
    Workflow.newContinueAsNewStub(AgentWorkflow.class)
        .run(new AgentRunInput(input.agent(), input.input(), input.options(), resume));
  }
}
