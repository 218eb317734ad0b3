package io.microagents.examples;

import java.io.PrintStream;

/**
 * Prints an example's steps as they happen — agent, model call, tool call with its
 * arguments, handoff, child workflow, waiting for a person — one short line each, and the
 * final output set apart. Thread-safe: lines from several threads never mix.
 */
public final class StepPrinter {

  private static final int MAX_SHOWN = 160;

  private final PrintStream out;
  private String openTokens; // who the tokens on the current, unfinished line are from; null: none

  /** Prints to this stream. */
  public StepPrinter(PrintStream out) {
    this.out = out;
  }

  /** A line of its own, as is. */
  public void line(String text) {
    synchronized (out) {
      endTokens();
      out.println(text);
      out.flush();
    }
  }

  /**
   * Model output as it arrives: appended to the current line while the same agent (of the same
   * run) goes on, on a new line named after it when another one speaks — so the text of
   * parallel agents stays readable. The next step line starts on a line of its own.
   */
  public void tokens(String from, String text) {
    synchronized (out) {
      if (!from.equals(openTokens)) {
        endTokens();
        out.print("  " + from + " > ");
        openTokens = from;
      }
      out.print(text.replace("\n", "\n    "));
      out.flush();
    }
  }

  private void endTokens() {
    if (openTokens != null) {
      out.println();
      openTokens = null;
    }
  }

  /** A step: an indented line. */
  public void step(String text) {
    line("  " + text);
  }

  /** The run waits for a person. */
  public void waiting(String what) {
    step("waiting for a person: " + what);
  }

  /** The final output, set apart. */
  public void finalOutput(String text) {
    line("");
    line("Final output:");
    line(text);
  }

  /** A value on one line, cut to a readable length. */
  public static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String one = text.replaceAll("\\s+", " ").trim();
    return one.length() <= MAX_SHOWN ? one : one.substring(0, MAX_SHOWN - 3) + "...";
  }

  /**
   * A value on one line of at most {@code max} characters, cut in the middle: the start says
   * what failed, the end (the deepest cause: an address, a status) why.
   */
  public static String shortenKeepingEnd(String text, int max) {
    if (text == null) {
      return "";
    }
    String one = text.replaceAll("\\s+", " ").trim();
    if (one.length() <= max) {
      return one;
    }
    int head = (max - 5) / 3;
    int tail = max - 5 - head;
    return one.substring(0, head) + " ... " + one.substring(one.length() - tail);
  }
}
