package io.microagents.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The person an example may need: answers given in advance ({@code --answer}, for scripts
 * and tests) are used first, in order; after that the question is asked on the terminal.
 * When neither is available the example is told so, rather than waiting forever.
 */
public final class HumanAnswers {

  private final Deque<String> prepared;
  private final BufferedReader terminal;
  private final PrintStream out;

  /**
   * @param prepared answers given in advance, used first
   * @param terminal where to read further answers, or {@code null} when nobody is there
   * @param out where questions are shown
   */
  public HumanAnswers(List<String> prepared, BufferedReader terminal, PrintStream out) {
    this.prepared = new ArrayDeque<>(prepared);
    this.terminal = terminal;
    this.out = out;
  }

  /** The next answer to a question, or {@code null} when there is none (no more prepared answers, no terminal). */
  public String next(String question) {
    synchronized (out) {
      return ask(question);
    }
  }

  private synchronized String ask(String question) {
    out.println("  ? " + question.replace("\n", "\n    "));
    if (!prepared.isEmpty()) {
      String answer = prepared.poll();
      out.println("  > " + answer + "   (given with --answer)");
      return answer;
    }
    if (terminal == null) {
      return null;
    }
    out.print("  > ");
    out.flush();
    try {
      String line = terminal.readLine();
      if (line == null) {
        out.println("(no answer: end of input)");
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answer from the terminal", e);
    }
  }

  /** Whether an answer can still come: prepared ones are left, or a terminal is attached. */
  public synchronized boolean available() {
    return !prepared.isEmpty() || terminal != null;
  }
}
