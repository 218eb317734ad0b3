package io.microagents.examples;

import io.microagents.examples.offline.AgentScript;
import java.util.List;
import java.util.Map;

/**
 * One runnable example: a name for the command line, a one-line description, the input
 * used when none is given, the offline scripts of its agents, and how to run it.
 */
public interface Example {

  /** The name on the command line, e.g. {@code weather}. */
  String name();

  /** What it shows, in one line. */
  String description();

  /** The input used when the command line gives none. */
  List<String> defaultInput();

  /** How its agents answer offline, by agent name. */
  Map<String, AgentScript> offlineScripts();

  /**
   * Whether the example starts the worker processes that run it (and so runs the same from
   * {@code start} as from {@code run}), rather than leaving that to a worker already polling.
   */
  default boolean startsOwnWorkers() {
    return false;
  }

  /**
   * Runs the example end to end, printing its steps through the session, and returns the
   * final output as text.
   */
  String run(ExampleSession session, List<String> input) throws Exception;
}
