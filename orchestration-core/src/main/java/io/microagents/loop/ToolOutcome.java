package io.microagents.loop;

import io.microagents.model.Usage;

/**
 * What running one tool gave.
 *
 * @param status whether it ran, failed, or was given bad arguments
 * @param output the result text, or the error message
 * @param usage model usage of an agent run as a tool; {@link Usage#EMPTY} for functions
 */
public record ToolOutcome(Status status, String output, Usage usage) {

  /** How a tool call ended. */
  public enum Status {
    /** The tool ran and returned {@code output}. */
    OK,
    /** The tool threw (after any retries); {@code output} is the error. */
    FAILED,
    /** The arguments were not JSON or did not fit the schema; {@code output} is the error. */
    INVALID_ARGUMENTS
  }

  public ToolOutcome {
    usage = usage == null ? Usage.EMPTY : usage;
    output = output == null ? "" : output;
  }

  public static ToolOutcome ok(String output) {
    return new ToolOutcome(Status.OK, output, Usage.EMPTY);
  }

  public static ToolOutcome failed(String error) {
    return new ToolOutcome(Status.FAILED, error, Usage.EMPTY);
  }

  public static ToolOutcome invalidArguments(String error) {
    return new ToolOutcome(Status.INVALID_ARGUMENTS, error, Usage.EMPTY);
  }
}
