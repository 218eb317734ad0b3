package io.microagents.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An offline example session on the embedded server whose printed output a test can read. */
public final class CapturedSession implements AutoCloseable {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ExampleSession session;

  private CapturedSession(List<String> answers, boolean trace) {
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    this.session = ExampleSession.open(SessionSettings.builder(out).answers(answers).trace(trace).build());
  }

  /** Opens a session; {@code answers} answer people's questions in order. */
  public static CapturedSession open(String... answers) {
    return new CapturedSession(List.of(answers), false);
  }

  /** Opens a session that keeps its runs' spans ({@link ExampleSession#trace()}). */
  public static CapturedSession traced(String... answers) {
    return new CapturedSession(List.of(answers), true);
  }

  /** The session. */
  public ExampleSession session() {
    return session;
  }

  /** Runs an example with this input (its default when empty). */
  public String run(Example example, String... input) throws Exception {
    return example.run(session, input.length == 0 ? example.defaultInput() : List.of(input));
  }

  /** Everything printed so far. */
  public String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The printed lines, trimmed. */
  public List<String> lines() {
    return output().lines().map(String::trim).toList();
  }

  @Override
  public void close() {
    session.close();
  }
}
