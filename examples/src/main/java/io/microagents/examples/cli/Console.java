package io.microagents.examples.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Map;

/**
 * The CLI's outside world, injectable for tests: output and error streams, the terminal
 * answers are read from, and the environment variables.
 *
 * @param out where results and steps go
 * @param err where the one-line error goes
 * @param in where a person's answers are read from
 * @param env environment variables (OPENAI_API_KEY decides online or offline)
 */
public record Console(PrintStream out, PrintStream err, BufferedReader in, Map<String, String> env) {

  /** The process's own streams and environment. */
  public static Console system() {
    return new Console(System.out, System.err,
        new BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)),
        System.getenv());
  }
}
