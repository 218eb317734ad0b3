package io.microagents.agent;

/**
 * The model's arguments for a tool or handoff are not JSON, or do not fit its strict schema
 * exactly (a duplicate key, an unknown or missing argument, a {@code null} or a value of
 * another type, a string for a number, a fraction for an integer). The message names the
 * tool and the argument and says what was wrong; the loop gives it back to the model as the
 * tool's output (or fails the run, with {@code RunOptions.modelErrors = FAIL_RUN}).
 */
public class ToolArgumentsException extends RuntimeException {

  public ToolArgumentsException(String message, Throwable cause) {
    super(message, cause);
  }
}
