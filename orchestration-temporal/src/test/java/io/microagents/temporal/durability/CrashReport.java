package io.microagents.temporal.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The crash matrix's measured table: one row per kill point, printed and written as Markdown. */
final class CrashReport {

  /**
   * One case as measured.
   *
   * @param killPoint where the worker was killed
   * @param calls distinct model calls the run needs
   * @param inFlight model calls in flight at the kill (the only ones that may be repeated)
   * @param requestsSeen requests the fake server received for this run
   * @param completedRepeated completed model calls that were sent again (must be 0)
   * @param toolsSeen tool executions logged (starts of the slow tool included)
   * @param toolsExpected tool executions expected (a tool in flight at the kill runs twice)
   * @param workerStartSeconds from the kill until the new worker polls (a JVM start)
   * @param recoverySeconds from the kill to the run's result at the client
   * @param outcome what the client got, and whether it was the right output
   */
  record Row(String killPoint, int calls, int inFlight, int requestsSeen, int completedRepeated,
      int toolsSeen, int toolsExpected, double workerStartSeconds, double recoverySeconds, String outcome) {

    String markdown() {
      return String.format(Locale.ROOT, "| %s | %d | %d | %d / %d | %d | %d / %d | %.1f s | %.1f s | %s |", killPoint,
          calls, inFlight, requestsSeen, calls + inFlight, completedRepeated, toolsSeen, toolsExpected,
          workerStartSeconds, recoverySeconds, outcome);
    }
  }

  private final List<Row> rows = new ArrayList<>();

  synchronized void add(Row row) {
    rows.add(row);
    System.out.println("crash matrix: " + row.markdown());
  }

  synchronized String markdown(String server) {
    StringBuilder b = new StringBuilder();
    b.append("Temporal server: ").append(server).append("\n\n");
    b.append("| Kill point (SIGKILL of the worker) | Model calls | Model calls in flight at kill | Requests seen / expected"
        + " | Completed calls repeated | Tool log lines seen / expected | New worker polling after"
        + " | Recovery (kill → result) | Outcome |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> b.append(r.markdown()).append('\n'));
    return b.toString();
  }

  /** Prints the table and writes it to a file. */
  synchronized void write(Path file, String server) {
    String table = markdown(server);
    System.out.println(table);
    try {
      Files.writeString(file, "# Crash matrix\n\n" + table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
