package io.microagents.temporal.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two logs the crash matrix counts with: every model request the fake server received
 * ({@code <script>|<user text>|<step> served|held}) and every tool execution
 * ({@code note <text>}, {@code start <text>}, {@code done <text>}), written by all worker
 * processes in turn.
 *
 * @param requests the fake server's request log
 * @param tools the tools' log
 */
record CrashLogs(Path requests, Path tools) {

  List<String> requestLines() {
    return lines(requests);
  }

  List<String> toolLines() {
    return lines(tools);
  }

  /** Requests per call key (held or served): the expected keys, and any other of their script. */
  Map<String, Integer> requestCounts(Map<String, Integer> expected) {
    String script = expected.keySet().iterator().next().split("\\|")[0];
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : requestLines()) {
      String key = line.substring(0, line.lastIndexOf(' '));
      if (expected.containsKey(key) || key.startsWith(script + "|")) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Tool log lines and how often each appears: the expected ones, and any other of their case. */
  Map<String, Integer> toolCounts(Map<String, Integer> expected) {
    String kase = expected.keySet().iterator().next().split(" ")[1].split("-")[0];
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : toolLines()) {
      if (expected.containsKey(line) || line.split(" ")[1].startsWith(kase + "-")) {
        counts.merge(line, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + file, e);
    }
  }
}
