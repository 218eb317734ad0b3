package io.microagents.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The table the side-by-side benchmark prints: one row per framework; a missing figure is a dash. */
final class PeerTable {

  /**
   * One framework's figures; {@code NaN} (or a negative count) where it was not measured.
   *
   * @param framework the framework's name
   * @param msPerTurnMedian median wall ms per model turn over the measured rounds
   * @param msPerTurnMin fastest round, ms per model turn
   * @param cpuMsPerTurn median worker CPU ms per model turn
   * @param history one cell per run length of the history columns: bytes, and how the run ended if not completed
   * @param peakRssMb the worker's peak resident memory (VmHWM) at the end
   * @param coldStartSeconds launching the worker process to the first run's result (median of the cold starts)
   * @param turnsPerSecond model turns per second with concurrent runs on the one worker
   */
  record Row(String framework, double msPerTurnMedian, double msPerTurnMin, double cpuMsPerTurn,
      List<String> history, double peakRssMb, double coldStartSeconds,
      double turnsPerSecond) {}

  private PeerTable() {}

  /** The table; {@code historyTurns} names the history columns, one per cell of {@link Row#history()}. */
  static String format(List<Row> rows, List<Integer> historyTurns, int concurrent) {
    StringBuilder s = new StringBuilder("| framework | ms/turn median | ms/turn min | worker CPU ms/turn |");
    historyTurns.forEach(t -> s.append(" history bytes, ").append(t).append(" turns |"));
    s.append(" worker peak RSS MB | cold start to first result, s | model turns/s, ").append(concurrent)
        .append(" concurrent runs |\n|---|---:|---:|---:|").append("---:|".repeat(historyTurns.size()))
        .append("---:|---:|---:|\n");
    for (Row r : rows) {
      s.append("| ").append(r.framework())
          .append(" | ").append(num(r.msPerTurnMedian(), "%.1f"))
          .append(" | ").append(num(r.msPerTurnMin(), "%.1f"))
          .append(" | ").append(num(r.cpuMsPerTurn(), "%.1f"));
      for (int i = 0; i < historyTurns.size(); i++) {
        s.append(" | ").append(i < r.history().size() ? r.history().get(i) : "–");
      }
      s.append(" | ").append(num(r.peakRssMb(), "%.0f"))
          .append(" | ").append(num(r.coldStartSeconds(), "%.2f"))
          .append(" | ").append(num(r.turnsPerSecond(), "%.1f"))
          .append(" |\n");
    }
    return s.toString();
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static String num(double v, String format) {
    return Double.isNaN(v) ? "–" : String.format(java.util.Locale.ROOT, format, v);
  }

  /** A history cell: its bytes, and how the run ended when it did not complete (e.g. "terminated"). */
  static String history(long bytes, String endedAs) {
    String b = bytes < 0 ? "–" : String.format(java.util.Locale.ROOT, "%,d", bytes);
    return endedAs == null ? b : b + " (" + endedAs + ")";
  }
}
