package io.microagents.spring.sample;

import io.microagents.temporal.Agents;
import io.temporal.spring.boot.WorkflowImpl;

/** Registered by Temporal's starter ({@code @WorkflowImpl}); its mistake must fail the run, not retry it forever. */
@WorkflowImpl(taskQueues = "${microagents.task-queue}")
public class CountWorkflowImpl implements CountWorkflow {

  @Override
  public int desks(String question) {
    Integer count = Agents.run(ReceptionAgent.class, question); // the output is text: a ClassCastException
    return count;
  }
}
