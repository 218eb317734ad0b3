package io.microagents.temporal.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;

/**
 * The runtime options that shape a run's commands, as they were when it started.
 *
 * @param humanTimeoutMillis how long to wait for a person, in ms; 0 waits forever
 * @param turnsBeforeContinueAsNew model calls per workflow run before continue-as-new; 0 for the history budget
 * @param continueAsNewAtHistoryBytes the history size that triggers continue-as-new
 * @param continueAsNewAtHistoryEvents the history length that triggers continue-as-new
 * @param modelInputByReference whether model calls record only new items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuntimeSnapshot(
    long humanTimeoutMillis,
    int turnsBeforeContinueAsNew,
    long continueAsNewAtHistoryBytes,
    int continueAsNewAtHistoryEvents,
    boolean modelInputByReference) {

  /** The human timeout, or {@code null} to wait forever. */
  public Duration humanTimeout() {
    return humanTimeoutMillis > 0 ? Duration.ofMillis(humanTimeoutMillis) : null;
  }
}
