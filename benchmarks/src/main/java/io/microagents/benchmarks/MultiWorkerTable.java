package io.microagents.benchmarks;

import io.microagents.temporal.internal.ModelInputCounts.Snapshot;
import io.microagents.temporal.internal.ModelInputCounts.Source;
import java.util.List;
import java.util.Locale;

/** The table the multi-worker benchmark prints: one row per framework and worker count. */
final class MultiWorkerTable {

  /**
   * One framework with N worker processes on its task queue, over the measured bursts.
   *
   * @param framework the framework's name
   * @param workers worker processes on the task queue
   * @param turnsPerSecond model turns per second of each measured burst
   * @param workerCpuMsPerTurn CPU time of all its worker processes per model turn
   * @param serverCpuMsPerTurn CPU time of the Temporal server per model turn; NaN when not known
   * @param load the 1-minute load average after the last burst
   * @param counts the workers' model input counts summed over them and the bursts; {@code null}: not counted
   */
  record Row(String framework, int workers, List<Double> turnsPerSecond, double workerCpuMsPerTurn,
      double serverCpuMsPerTurn, double load, Snapshot counts) {}

  private MultiWorkerTable() {}

  static String format(List<Row> rows) {
    StringBuilder s = new StringBuilder("| framework | workers | model turns/s, median | min–max | worker CPU ms/turn "
        + "(all workers) | server CPU ms/turn | load avg 1 min | model calls counted | from cache | cache + query "
        + "| query | history | missed the cache | query mean ms | query p99 ms |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      s.append("| ").append(r.framework()).append(" | ").append(r.workers())
          .append(" | ").append(num(PeerTable.median(r.turnsPerSecond()), "%.1f"))
          .append(" | ").append(num(PeerTable.min(r.turnsPerSecond()), "%.1f")).append("–")
          .append(num(r.turnsPerSecond().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), "%.1f"))
          .append(" | ").append(num(r.workerCpuMsPerTurn(), "%.1f"))
          .append(" | ").append(num(r.serverCpuMsPerTurn(), "%.1f"))
          .append(" | ").append(num(r.load(), "%.1f"));
      Snapshot c = r.counts();
      if (c == null) {
        s.append(" | –".repeat(8));
      } else {
        s.append(" | ").append(c.calls())
            .append(" | ").append(c.count(Source.CACHE))
            .append(" | ").append(c.count(Source.CACHE_AND_QUERY))
            .append(" | ").append(c.count(Source.QUERY))
            .append(" | ").append(c.count(Source.HISTORY))
            .append(" | ").append(c.referring() == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%",
                100.0 * c.cacheMisses() / c.referring()))
            .append(" | ").append(num(c.queryMeanMs(), "%.2f"))
            .append(" | ").append(num(c.queryQuantileMs(0.99), "%.1f"));
      }
      s.append(" |\n");
    }
    return s.toString();
  }

  private static String num(double v, String format) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v);
  }
}
