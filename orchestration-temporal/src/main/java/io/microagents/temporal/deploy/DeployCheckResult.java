package io.microagents.temporal.deploy;

import java.util.List;

/**
 * What the deploy check found for one workflow run.
 *
 * @param workflowId the workflow's id
 * @param runId the run replayed
 * @param workflowType its type
 * @param ok whether its history replays on the new build
 * @param reason why it would break (the replay's error), or {@code null}
 * @param definitionChanges for an agent run, what the new build's agents differ in from the
 *     definition the run keeps (so it will not see them); empty when none or not an agent run
 */
public record DeployCheckResult(
    String workflowId, String runId, String workflowType, boolean ok, String reason, List<String> definitionChanges) {

  public DeployCheckResult {
    definitionChanges = definitionChanges == null ? List.of() : List.copyOf(definitionChanges);
  }
}
