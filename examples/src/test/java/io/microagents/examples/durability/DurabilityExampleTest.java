package io.microagents.examples.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import org.junit.jupiter.api.Test;

/**
 * A worker process is killed in the middle of a run and another started: the run finishes
 * and each model call was made exactly once across both.
 */
class DurabilityExampleTest {

  @Test
  void aKilledWorkerIsReplacedAndNoModelCallIsMadeTwice() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new DurabilityExample());

      assertThat(answer).isEqualTo("All 6 steps done: step 1 = 1, step 2 = 4, step 3 = 9, step 4 = 16, step 5 = 25, step 6 = 36.");
      assertThat(s.lines().stream().map(l -> l.replaceAll(" \\(pid \\d+\\).*", "")).toList()).containsSubsequence(
          "[worker 1] tool crunch step 3 started",
          "KILLED worker 1",
          "[worker 2] tool crunch step 3 started",
          "No model call was made twice: 7 calls, each made once.");
      // The killed attempt of step 3 timed out; the retry line says so, and after how long.
      assertThat(s.lines()).containsOnlyOnce("crunch attempt 1 failed, retrying: timed out after 4s");
      assertThat(s.lines()).filteredOn(l -> l.startsWith("[worker 1] model call")).hasSize(3);
      assertThat(s.lines()).filteredOn(l -> l.startsWith("[worker 2] model call")).hasSize(4);
    }
  }

  @Test
  void theLedgerLinesReadBack() {
    assertThat(DurabilityLines.modelCallKey(DurabilityLines.modelCall("cruncher", 5))).isEqualTo("cruncher@5");
    assertThat(DurabilityLines.toolStep(DurabilityLines.toolStarted(3))).isEqualTo(3);
    assertThat(DurabilityLines.modelCallKey("Worker ready")).isNull();
  }
}
