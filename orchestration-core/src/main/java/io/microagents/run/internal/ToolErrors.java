package io.microagents.run.internal;

/** The text a model sees when a tool fails. */
public final class ToolErrors {

  private ToolErrors() {}

  /** "An error occurred while running the tool …" with the exception's message. */
  public static String describe(String tool, Throwable error) {
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return "An error occurred while running the tool " + tool + ". Please try again. Error: " + message;
  }
}
