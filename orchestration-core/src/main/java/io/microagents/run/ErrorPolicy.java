package io.microagents.run;

/** What the loop does when a tool fails or the model asks for something invalid. */
public enum ErrorPolicy {
  /** Give the error text back to the model as the tool output, and go on (the default). */
  RETURN_TO_MODEL,
  /** Fail the run with a typed exception. */
  FAIL_RUN
}
