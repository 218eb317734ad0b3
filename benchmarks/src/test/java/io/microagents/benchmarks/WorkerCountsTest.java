package io.microagents.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.microagents.temporal.internal.ModelInputCounts;
import io.microagents.temporal.internal.ModelInputCounts.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCountsTest {

  private static Snapshot sample() {
    long[] buckets = new long[ModelInputCounts.BUCKETS];
    buckets[40] = 3;
    buckets[52] = 1;
    return new Snapshot(new long[] {100, 250, 20, 30, 0}, 54, 123_456_789L, buckets);
  }

  @Test
  void aWorkersCountsLineReadsBackAsTheSameCounts() {
    String line = WorkerCounts.format(sample());

    assertTrue(line.startsWith("counts 100,250,20,30,0 54 123456789 "), line);
    assertEquals(sample(), WorkerCounts.parse(line));
  }

  @Test
  void theTableSumsTheCountsIntoMissesAndQueryTimes() {
    String table = MultiWorkerTable.format(List.of(
        new MultiWorkerTable.Row("microagents", 2, List.of(80.0, 90.0, 100.0), 12.34, 20.0, 3.5, sample()),
        new MultiWorkerTable.Row("bare-java", 2, List.of(120.0), 8.0, Double.NaN, 3.5, null)));

    String[] lines = table.split("\n");
    assertEquals(4, lines.length);
    assertEquals("| microagents | 2 | 90.0 | 80.0–100.0 | 12.3 | 20.0 | 3.5 | 400 | 250 | 20 | 30 | 0 | 16.7 % | 2.29 | 9.7 |",
        lines[2]);
    assertEquals("| bare-java | 2 | 120.0 | 120.0–120.0 | 8.0 | – | 3.5 | – | – | – | – | – | – | – | – |", lines[3]);
  }
}
