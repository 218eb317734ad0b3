package io.microagents.examples;

import io.microagents.examples.research.ResearchWorkflowImpl;
import io.microagents.temporal.MicroagentsWorker;
import io.temporal.worker.Worker;

/**
 * The examples' own workflows (beyond the agent and conversation workflows the framework
 * registers), put on the examples' worker with the options that fail a run at once on a
 * mistake in workflow code (a wrong output type) instead of retrying its task forever.
 */
public final class ExampleWorkflows {

  private ExampleWorkflows() {}

  /** Registers them; call before the worker starts. */
  public static void register(Worker worker) {
    MicroagentsWorker.registerWorkflows(worker, ResearchWorkflowImpl.class);
  }
}
