package io.microagents.spring.sample;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A just-code workflow with a mistake Java lets through: an agent's text taken for a number. */
@WorkflowInterface
public interface CountWorkflow {

  /** Asks reception how many desks there are. */
  @WorkflowMethod
  int desks(String question);
}
