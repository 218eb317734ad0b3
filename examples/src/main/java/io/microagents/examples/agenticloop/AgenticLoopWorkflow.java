package io.microagents.examples.agenticloop;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The bare agentic loop of the talk as a plain Temporal workflow, with no agent
 * abstraction: call the model; if it asks for tools, run them and call it again; stop at
 * its answer. The loop is fixed; what happens inside it is decided by the model.
 */
@WorkflowInterface
public interface AgenticLoopWorkflow {

  /** Answers a question, calling tools as the model asks. */
  @WorkflowMethod
  String run(String question);
}
