package io.microagents.temporal;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Runs one agent's loop durably: every model call and tool call is an activity, handoffs
 * happen in workflow code, agents used as tools run as child workflows. A person can answer
 * questions and approve tool calls through the updates of {@link HumanInTheLoop}.
 *
 * <p>The result is a {@link RunSummary}, small however long the run: the items stay in the
 * history. A run that stops early (guardrail tripwire, max turns, invalid model output) fails
 * the workflow with an {@code ApplicationFailure} whose type is the exception's simple name
 * and whose first detail is the run's state without its items; {@link AgentClient} turns it
 * back into the typed exception, with the items read from history.
 */
@WorkflowInterface
public interface AgentWorkflow extends HumanInTheLoop, ModelInputQuery, RunDefinitionControl {

  /** Runs the agent to its final output. */
  @WorkflowMethod
  RunSummary run(AgentRunInput input);
}
