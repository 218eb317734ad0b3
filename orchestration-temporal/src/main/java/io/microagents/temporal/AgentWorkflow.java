package io.microagents.temporal;

import io.microagents.run.RunResult;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Runs one agent's loop durably: every model call and tool call is an activity, handoffs
 * happen in workflow code, agents used as tools run as child workflows. A person can answer
 * questions and approve tool calls through the updates of {@link HumanInTheLoop}.
 *
 * <p>A run that stops early (guardrail tripwire, max turns, invalid model output) fails the
 * workflow with an {@code ApplicationFailure} whose type is the exception's simple name and
 * whose first detail is the {@code RunState}; {@link AgentClient} turns it back into the
 * typed exception.
 */
@WorkflowInterface
public interface AgentWorkflow extends HumanInTheLoop, ModelInputQuery {

  /** Runs the agent to its final output. */
  @WorkflowMethod
  RunResult run(AgentRunInput input);
}
