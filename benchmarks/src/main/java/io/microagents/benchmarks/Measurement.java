package io.microagents.benchmarks;

/**
 * One row of a benchmark table.
 *
 * @param mode where the loop ran
 * @param turns model calls per run
 * @param runs measured runs
 * @param msPerRun mean wall time of a run
 * @param historyEvents events in one run's workflow history (0 in-process)
 * @param historyBytes serialized size of that history (0 in-process)
 * @param heapMb heap in use after the runs and a GC
 */
record Measurement(String mode, int turns, int runs, double msPerRun, int historyEvents, long historyBytes,
    long heapMb) {

  double msPerTurn() {
    return msPerRun / turns;
  }

  String row() {
    return String.format("| %-22s | %5d | %4d | %9.1f | %8.2f | %6d | %9d | %6d |",
        mode, turns, runs, msPerRun, msPerTurn(), historyEvents, historyBytes, heapMb);
  }

  static String header() {
    return "| mode                   | turns | runs | ms/run    | ms/turn  | events | hist. B   | heap MB |\n"
        + "|------------------------|------:|-----:|----------:|---------:|-------:|----------:|--------:|";
  }
}
