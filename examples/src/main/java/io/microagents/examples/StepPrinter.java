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
  private static final int LINE = 100;
  private String inline; // who the text on the current, unfinished line is from; null: none
  private final java.util.Map<String, StringBuilder> gathered = new java.util.LinkedHashMap<>();

  /** Prints to this stream. */
  public StepPrinter(PrintStream out) {
    this.out = out;
  }

  /** A line of its own, as is. */
  public void line(String text) {
    synchronized (out) {
      endInline();
      out.println(text);
      out.flush();
    }
  }

  /**
   * Model output as it arrives. One agent speaking: its text is appended to its line as it
   * comes. Several at once (parallel child agents): each one's text is gathered and printed a
   * line at a time under its name, so they stay readable. {@link #endTokens(String)} prints
   * what is left when its call ends; the next step line starts on a line of its own.
   */
  public void tokens(String from, String text) {
    synchronized (out) {
      if (inline == null && gathered.isEmpty()) {
        out.print("  " + from + " > ");
        inline = from;
      }
      if (from.equals(inline)) {
        out.print(text.replace("\n", "\n    "));
        out.flush();
        return;
      }
      if (inline != null) { // a second speaker: the first one goes on a line at a time too
        out.println();
        gathered.put(inline, new StringBuilder());
        inline = null;
      }
      StringBuilder b = gathered.computeIfAbsent(from, k -> new StringBuilder()).append(text);
      for (int cut = cut(b); cut > 0; cut = cut(b)) {
        out.println("  " + from + " > " + b.substring(0, cut).strip());
        b.delete(0, cut);
      }
      out.flush();
    }
  }

  /** The model call of {@code from} ended: what is left of its text is printed. */
  public void endTokens(String from) {
    synchronized (out) {
      StringBuilder b = gathered.remove(from);
      if (b != null && !b.toString().isBlank()) {
        out.println("  " + from + " > " + b.toString().strip());
      }
      if (from.equals(inline)) {
        out.println();
        inline = null;
      }
      out.flush();
    }
  }

  // Where a gathered line ends: at a line break, or at the last space once it is long enough; 0: not yet.
  private static int cut(StringBuilder b) {
    int newline = b.indexOf("\n");
    if (newline >= 0) {
      return newline + 1;
    }
    if (b.length() < LINE) {
      return 0;
    }
    int space = b.lastIndexOf(" ", LINE);
    return space > 0 ? space + 1 : LINE;
  }

  private void endInline() {
    if (inline != null) {
      out.println();
      inline = null;
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
