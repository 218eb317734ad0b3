package io.microagents.run.internal;

/** The text a model sees when a tool fails. */
public final class ToolErrors {

  private static final int MAX_CAUSES = 3;

  private ToolErrors() {}

  /** "An error occurred while running the tool …" with the exception's message and causes. */
  public static String describe(String tool, Throwable error) {
    return describe(tool, message(error));
  }

  /** "An error occurred while running the tool …" with a message. */
  public static String describe(String tool, String message) {
    return "An error occurred while running the tool " + tool + ". Please try again. Error: " + message;
  }

  /**
   * The exception's message (its class name when it has none), followed by up to three
   * causes as {@code (caused by Type: message)}: what a person or a model needs to see why.
   */
  public static String message(Throwable error) {
    StringBuilder text = new StringBuilder(error.getMessage() != null ? error.getMessage() : error.getClass().getName());
    int causes = 0;
    for (Throwable t = error.getCause(); t != null && t != error && causes < MAX_CAUSES; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && text.indexOf(m) >= 0) {
        continue; // a wrapper that repeats its cause's message
      }
      text.append(" (caused by ").append(t.getClass().getSimpleName()).append(m == null ? "" : ": " + m).append(')');
      causes++;
    }
    return text.toString();
  }
}
