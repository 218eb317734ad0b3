package io.microagents.temporal.durability;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The crash matrix in the low-latency mode: the workers run every model call and the
 * {@code note} tool as local activities (the {@code slow_note} tool stays a regular activity).
 * A local call is recorded only when the workflow task that ran it completes, which happens
 * when the workflow next waits on something that is not local (a regular activity, a person):
 * calls completed in the workflow task a SIGKILL interrupts run again — the expected counts
 * below say which — while those recorded before it never do. Same processes and checks as
 * {@link CrashMatrixTest}; the table goes to {@code <build dir>/crash-matrix-low-latency.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LowLatencyCrashMatrixTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static CrashCluster cluster;
  private static JavaProcess client;
  private static CrashLogs logs;
  private static CrashCases cases;

  @BeforeAll
  static void startProcesses() throws IOException {
    cases = CrashCases.start("crash-matrix-low-latency", RUN, true);
    cluster = cases.cluster();
    client = cluster.client();
    logs = cluster.logs();
  }

  @AfterAll
  static void stopProcesses() {
    if (cases != null) {
      cases.close();
    }
  }

  @Test
  @Order(1)
  void duringALocalModelCallAfterALocalToolInTheSameWorkflowTask() {
    String id = "llmc-" + RUN;
    client.tell("run mc crash_model_agent " + id + " run mc");
    cases.awaitKillPoint("mc", "the model call after the note to be in flight", () -> logs.requestLines().contains("mc|run mc|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("mc|run mc|1");
    var result = cases.awaitOutcome("result of mc", "mc", id, "RESULT mc", 1);

    // Model call 0 and the note completed inside the workflow task the kill interrupted: not recorded, so run again.
    cases.check("during a local model call, after a local model call and a local tool in the same workflow task",
        id, result, killed, "RESULT mc mc-done", Map.of("mc|run mc|0", 2, "mc|run mc|1", 2), Map.of("note mc-1", 2));
  }

  @Test
  @Order(2)
  void duringARegularToolCallAfterLocalCalls() {
    String id = "lltc-" + RUN;
    client.tell("run tc crash_tool_agent " + id + " run tc");
    cases.awaitKillPoint("tc", "slow_note tc-2 to start", () -> logs.toolLines().contains("start tc-2"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("tc-2");
    var result = cases.awaitOutcome("result of tc", "tc", id, "RESULT tc", 1);

    // Scheduling the regular slow_note completed the workflow task: the local calls before it were recorded.
    cases.check("during a regular tool call, after local calls (recorded when it was scheduled)", id, result, killed,
        "RESULT tc tc-done", Map.of("tc|run tc|0", 1, "tc|run tc|1", 1, "tc|run tc|2", 1),
        Map.of("note tc-1", 1, "start tc-2", 2, "done tc-2", 1));
  }

  @Test
  @Order(3)
  void rightAfterAHandoff() {
    String id = "llho-" + RUN;
    client.tell("run ho crash_triage_agent " + id + " run ho");
    cases.awaitKillPoint("ho", "the specialist's first model call to be in flight",
        () -> logs.requestLines().contains("ho_spec|run ho|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("ho_spec|run ho|1");
    var result = cases.awaitOutcome("result of ho", "ho", id, "RESULT ho", 1);

    cases.check("right after a handoff (the triage's local call in the same workflow task)", id, result, killed,
        "RESULT ho ho-done", Map.of("ho_triage|run ho|0", 2, "ho_spec|run ho|1", 2, "ho_spec|run ho|2", 1),
        Map.of("note ho-1", 1));
  }
}
