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
   * @param historyBytesShort history bytes of one short run
   * @param historyBytesLong history bytes of one long run
   * @param peakRssMb the worker's peak resident memory (VmHWM) at the end
   * @param coldStartSeconds launching the worker process to the first run's result
   * @param turnsPerSecond model turns per second with concurrent runs on the one worker
   */
  record Row(String framework, double msPerTurnMedian, double msPerTurnMin, double cpuMsPerTurn,
      long historyBytesShort, long historyBytesLong, double peakRssMb, double coldStartSeconds,
      double turnsPerSecond) {}

  private PeerTable() {}

  static String format(List<Row> rows, int shortTurns, int longTurns, int concurrent) {
    StringBuilder s = new StringBuilder();
    s.append("| framework | ms/turn median | ms/turn min | worker CPU ms/turn | history bytes, ")
        .append(shortTurns).append(" turns | history bytes, ").append(longTurns)
        .append(" turns | worker peak RSS MB | cold start to first result, s | model turns/s, ")
        .append(concurrent).append(" concurrent runs |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      s.append("| ").append(r.framework())
          .append(" | ").append(num(r.msPerTurnMedian(), "%.1f"))
          .append(" | ").append(num(r.msPerTurnMin(), "%.1f"))
          .append(" | ").append(num(r.cpuMsPerTurn(), "%.1f"))
          .append(" | ").append(bytes(r.historyBytesShort()))
          .append(" | ").append(bytes(r.historyBytesLong()))
          .append(" | ").append(num(r.peakRssMb(), "%.0f"))
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

  private static String bytes(long v) {
    return v < 0 ? "–" : String.format(java.util.Locale.ROOT, "%,d", v);
  }
}
