package io.microagents.examples.springboot;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Two agents in a row, in the just-code style: one picks a gift, the other writes its card. */
@WorkflowInterface
public interface GiftWorkflow {

  /** Suggests a gift for a request such as "a gift for a friend who runs" and writes its card. */
  @WorkflowMethod
  GiftSuggestion suggest(String request);
}
