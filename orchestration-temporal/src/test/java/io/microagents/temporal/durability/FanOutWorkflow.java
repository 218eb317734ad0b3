package io.microagents.temporal.durability;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The crash matrix's fan-out: one agent run per item as child workflows, joined in order. */
@WorkflowInterface
public interface FanOutWorkflow {

  /** Runs {@code count} children on {@code item-0 … item-(count-1)}; returns their outputs joined by commas. */
  @WorkflowMethod
  String run(int count);
}
