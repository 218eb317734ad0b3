package io.microagents.agent;

/** The model's arguments for a tool are not JSON, or do not fit the tool's schema. */
public class ToolArgumentsException extends RuntimeException {

  public ToolArgumentsException(String message, Throwable cause) {
    super(message, cause);
  }
}
