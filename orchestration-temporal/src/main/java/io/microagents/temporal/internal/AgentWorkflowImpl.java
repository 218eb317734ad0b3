package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.loop.AgentLoop;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.run.RunState;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.AgentWorkflow;
import io.microagents.temporal.RunStatus;

/**
 * Runs the core {@link AgentLoop}, unchanged, with {@link WorkflowEffects}. Created per
 * workflow execution by the factory {@code MicroagentsWorker} registers, which hands it the
 * worker's registry and options.
 */
public final class AgentWorkflowImpl extends DurableRun implements AgentWorkflow {

  private AgentLoop loop;
  private RunState initial;
  private RunStatus.Phase phase = RunStatus.Phase.IDLE;

  public AgentWorkflowImpl(MicroagentsRuntime runtime) {
    super(runtime);
  }

  @Override
  public RunResult run(AgentRunInput input) {
    int maxTurns = maxTurns(input);
    initial = input.resume() != null ? input.resume()
        : RunState.start(input.agent(), input.input(), maxTurns, input.options());
    WorkflowEffects effects = new WorkflowEffects(runtime, inbox, sent, input.options());
    loop = new AgentLoop(runtime.registry(), effects, runtime.options().hooks());
    effects.continueAsNewWith(new ContinueAsNew(input, loop::state, runtime.options().turnsBeforeContinueAsNew()));
    phase = RunStatus.Phase.RUNNING;
    try {
      RunResult result = loop.run(initial);
      phase = RunStatus.Phase.COMPLETED;
      return result;
    } catch (AgentRunException e) {
      phase = RunStatus.Phase.FAILED;
      throw RunFailures.toFailure(e);
    } catch (RuntimeException e) {
      phase = RunStatus.Phase.FAILED;
      throw e;
    }
  }

  private int maxTurns(AgentRunInput input) {
    requireAgent(input.agent());
    AgentDefinition agent = runtime.registry().agent(input.agent());
    RunOptions options = input.options();
    if (options.maxTurns() > 0) {
      return options.maxTurns();
    }
    return agent.maxTurns() > 0 ? agent.maxTurns() : RunOptions.DEFAULT_MAX_TURNS;
  }

  @Override
  public RunStatus state() {
    RunState s = loop == null || loop.state() == null ? initial : loop.state();
    return Statuses.of(phase, inbox, s);
  }

}
