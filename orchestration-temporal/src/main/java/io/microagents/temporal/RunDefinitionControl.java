package io.microagents.temporal;

import io.microagents.temporal.definition.RunDefinition;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;

/**
 * Which definition a durable run runs with, and how it takes a newer one. A run keeps the
 * definition it started with (recorded in its history, carried across continue-as-new) until
 * asked to take the one of the worker that handles it: then it does at its next safe point —
 * an agent run at its next model call (it continues as new with the new definition), a
 * conversation at its next message.
 */
public interface RunDefinitionControl {

  /** The query's name. */
  String QUERY = "microagents.definition";

  /** The update's name. */
  String UPGRADE = "microagents.upgradeDefinition";

  /** The definition the run runs with now. */
  @QueryMethod(name = QUERY)
  RunDefinition definition();

  /**
   * Asks the run to take the definition of the worker handling it at its next safe point;
   * returns when that is, with the new definition's fingerprint.
   */
  @UpdateMethod(name = UPGRADE)
  String upgradeDefinition();

  /** Rejects an upgrade when this worker does not have the run's agents any more. */
  @UpdateValidatorMethod(updateName = UPGRADE)
  void validateUpgradeDefinition();
}
