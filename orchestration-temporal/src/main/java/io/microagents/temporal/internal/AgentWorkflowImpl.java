package io.microagents.temporal.internal;

import io.microagents.loop.AgentLoop;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.run.RunState;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.AgentWorkflow;
import io.microagents.temporal.Continuation;
import io.microagents.temporal.RunStatus;
import io.microagents.temporal.RunSummary;
import io.microagents.temporal.definition.AgentSnapshot;
import io.microagents.temporal.definition.RunDefinition;
import io.temporal.workflow.Workflow;
import java.util.List;

/**
 * Runs the core {@link AgentLoop}, unchanged, with {@link WorkflowEffects}, on the agents of
 * the run's definition. Created per workflow execution by the factory
 * {@code MicroagentsWorker} registers, which hands it the worker's registry and options.
 * Returns a {@link RunSummary}: the items stay in history.
 */
public final class AgentWorkflowImpl extends DurableRun implements AgentWorkflow {

  private AgentLoop loop;
  private RunState initial;
  private RunStatus.Phase phase = RunStatus.Phase.IDLE;

  public AgentWorkflowImpl(MicroagentsRuntime runtime) {
    super(runtime);
  }

  @Override
  public RunSummary run(AgentRunInput input) {
    Continuation carried = input.continuation();
    begin(carried, input.agent());
    initial = carried != null ? carried.state() : RunState.start(input.agent(), input.input(), maxTurns(input), input.options());
    WorkflowEffects effects = new WorkflowEffects(definition, inbox, recorded, input.options());
    loop = new AgentLoop(agents, effects, runtime.options().hooks());
    effects.attach(loop);
    effects.continueAsNewWith(new ContinueAsNew(runtime.options(), definition.runtime(), () -> upgradeRequested,
        this::continuation,
        c -> Workflow.newContinueAsNewStub(AgentWorkflow.class).run(new AgentRunInput(input.agent(), List.of(), input.options(), c))));
    phase = RunStatus.Phase.RUNNING;
    try {
      RunResult result = loop.run(initial);
      effects.recordTail();
      RunSummary summary = new RunSummary(result.finalOutput(), result.lastAgent(), result.usage(),
          loop.state().turn(), items(), runsBefore + 1);
      ContinueAsNew.checkSize(runtime.options(), summary, loop.state());
      end(RunStatus.Phase.COMPLETED);
      return summary;
    } catch (AgentRunException e) {
      effects.recordTail();
      end(RunStatus.Phase.FAILED);
      throw RunFailures.toFailure(e);
    } catch (RuntimeException e) {
      phase = RunStatus.Phase.FAILED;
      throw e;
    }
  }

  /** Ends in this phase once the updates waiting for it (a client's awaitPerson) have returned. */
  private void end(RunStatus.Phase last) {
    phase = last;
    Workflow.await(Workflow::isEveryHandlerFinished);
  }

  @Override
  boolean idle() {
    return phase == RunStatus.Phase.COMPLETED || phase == RunStatus.Phase.FAILED;
  }

  /**
   * What this run carries into the next workflow run: the conversation once, the counters,
   * and its definition — this worker's, recorded now, when it was asked to upgrade.
   */
  private Continuation continuation() {
    RunState s = loop.state();
    // The loop counted the model call it is about to make; the next run makes it.
    RunState compact = new RunState(s.startingAgent(), s.currentAgent(), List.of(), List.of(), s.conversation(),
        s.historyLength(), s.turn() - 1, s.maxTurns(), s.usage(), List.of(), s.inputGuardrailsChecked(), s.options());
    RunDefinition next = upgradeRequested ? takeDefinition(s.startingAgent(), s.currentAgent()) : definition;
    return new Continuation(compact, recordedOf(s.conversation()), items(), inbox.questionCount(), runsBefore + 1, 0, next);
  }

  private int items() {
    return itemsBefore + (loop == null ? 0 : loop.newItemCount());
  }

  private int maxTurns(AgentRunInput input) {
    AgentSnapshot agent = definition.agent(input.agent());
    RunOptions options = input.options();
    if (options.maxTurns() > 0) {
      return options.maxTurns();
    }
    return agent.maxTurns() > 0 ? agent.maxTurns() : RunOptions.DEFAULT_MAX_TURNS;
  }

  @Override
  public String upgradeDefinition() {
    upgradeRequested = true;
    return "at the next model call, with the definition of this worker";
  }

  @Override
  public void validateUpgradeDefinition() {
    RunState s = loop == null ? initial : loop.state();
    validateUpgrade(s == null ? null : s.startingAgent(), s == null ? null : s.currentAgent());
  }

  @Override
  public RunStatus state() {
    RunState s = loop == null || loop.state() == null ? initial : loop.state();
    return Statuses.of(phase, inbox, s, items());
  }
}
