package io.microagents.examples;

import io.microagents.examples.research.ResearchWorkflowImpl;
import io.temporal.worker.Worker;

/**
 * The examples' own workflows (beyond the agent and conversation workflows the framework
 * registers), put on the examples' worker.
 */
public final class ExampleWorkflows {

  private ExampleWorkflows() {}

  /** Registers them; call before the worker starts. */
  public static void register(Worker worker) {
    worker.registerWorkflowImplementationTypes(ResearchWorkflowImpl.class);
  }
}
