package io.microagents.examples.cli;

/** A failure the user can act on; its message is printed as the one line of output. */
public final class UserError extends RuntimeException {

  /** A failure with this one-line message. */
  public UserError(String message) {
    super(message);
  }

  /** A failure with this one-line message, keeping its cause for debugging. */
  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
