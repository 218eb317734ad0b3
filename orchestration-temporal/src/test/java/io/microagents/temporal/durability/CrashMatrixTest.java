package io.microagents.temporal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.temporal.RunStatus;
import io.temporal.api.enums.v1.EventType;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The process-level crash matrix. Separate OS processes: a fake OpenAI server
 * ({@link FakeOpenAiProcess}), the Temporal server (the Java test server in its own JVM, or
 * the real server at {@code TEMPORAL_ADDRESS} / {@code temporal.address}), a worker
 * ({@link CrashWorkerProcess}) and a client ({@link CrashClientProcess}). Each case kills the
 * worker with SIGKILL at one point of a run, starts a new worker, and checks that the run
 * completes with the right output, that no completed model call is sent again (only those
 * in flight at the kill are) and that no completed tool call runs again.
 *
 * <p>The worker of one case is killed; its replacement recovers that case and serves the
 * next. The measured table is printed and written to {@code <build dir>/crash-matrix.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrashMatrixTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final CrashReport REPORT = new CrashReport();

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static CrashCluster cluster;
  private static JavaProcess client;
  private static CrashLogs logs;

  @BeforeAll
  static void startProcesses() throws IOException {
    cluster = CrashCluster.start(buildDir().resolve("crash-matrix").resolve(RUN), configuredAddress(), "crash-matrix-" + RUN);
    client = cluster.client();
    logs = cluster.logs();
  }

  @AfterAll
  static void stopProcesses() {
    if (cluster != null) {
      try {
        REPORT.write(buildDir().resolve("crash-matrix.md"), cluster.server());
      } finally {
        cluster.close();
      }
    }
  }

  @Test
  @Order(1)
  void duringAModelCall() {
    String id = "mc-" + RUN;
    client.tell("run mc crash_model_agent " + id + " run mc");
    awaitKillPoint("mc", "the model call after the note to be in flight", () -> logs.requestLines().contains("mc|run mc|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("mc|run mc|1");
    var result = awaitOutcome("result of mc", "mc", id, "RESULT mc", 1);

    check("during a model call (2nd of 2)", id, result, killed, "RESULT mc mc-done",
        Map.of("mc|run mc|0", 1, "mc|run mc|1", 2), Map.of("note mc-1", 1));
  }

  @Test
  @Order(2)
  void duringAToolCall() {
    String id = "tc-" + RUN;
    client.tell("run tc crash_tool_agent " + id + " run tc");
    awaitKillPoint("tc", "slow_note tc-2 to start", () -> logs.toolLines().contains("start tc-2"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("tc-2");
    var result = awaitOutcome("result of tc", "tc", id, "RESULT tc", 1);

    check("during a tool call (2nd of 2)", id, result, killed, "RESULT tc tc-done",
        Map.of("tc|run tc|0", 1, "tc|run tc|1", 1, "tc|run tc|2", 1),
        Map.of("note tc-1", 1, "start tc-2", 2, "done tc-2", 1));
  }

  @Test
  @Order(3)
  void betweenTurns() {
    String id = "bt-" + RUN;
    client.tell("chat bt crash_chat_agent " + id + " hello");
    assertThat(client.await("first reply", l -> l.startsWith("REPLY bt ") || l.startsWith("FAILED bt "), 1, DEADLINE).text())
        .isEqualTo("REPLY bt bt-reply-1");
    CrashCluster.Kill killed = cluster.killWorker();
    client.tell("chat bt crash_chat_agent " + id + " again");
    var result = awaitOutcome("second reply", "bt", id, "REPLY bt", 2);
    client.tell("end bt " + id);
    client.await("conversation ended", l -> l.startsWith("ENDED bt") || l.startsWith("FAILED bt "), 1, DEADLINE);

    check("between turns (idle conversation, next message after restart)", id, result, killed,
        "REPLY bt bt-reply-2 after hello", Map.of("bt|hello|0", 1, "bt|hello|1", 1, "bt|hello|2", 1), Map.of("note bt-1", 1));
  }

  @Test
  @Order(4)
  void rightAfterAHandoff() {
    String id = "ho-" + RUN;
    client.tell("run ho crash_triage_agent " + id + " run ho");
    awaitKillPoint("ho", "the specialist's first model call to be in flight",
        () -> logs.requestLines().contains("ho_spec|run ho|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("ho_spec|run ho|1");
    var result = awaitOutcome("result of ho", "ho", id, "RESULT ho", 1);

    check("right after a handoff (new agent's 1st call)", id, result, killed, "RESULT ho ho-done",
        Map.of("ho_triage|run ho|0", 1, "ho_spec|run ho|1", 2, "ho_spec|run ho|2", 1), Map.of("note ho-1", 1));
  }

  @Test
  @Order(5)
  void duringAFanOutOfTenChildAgents() {
    String id = "fan-" + RUN;
    client.tell("fanout fan " + id + " 10");
    Map<String, Integer> requests = new LinkedHashMap<>();
    Map<String, Integer> tools = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      requests.put("fan|item-" + i + "|0", 1);
      requests.put("fan|item-" + i + "|1", i >= 5 ? 2 : 1);
      tools.put("note fan-item-" + i, 1);
    }
    awaitKillPoint("fan", "children 0-4 done and 5-9 in their last model call", () -> {
      List<String> seen = logs.requestLines();
      for (int i = 5; i < 10; i++) {
        if (!seen.contains("fan|item-" + i + "|1 held")) {
          return false;
        }
      }
      for (int n = 1; n <= 5; n++) {
        if (!completed(id + "/crash_fan_agent-" + n)) {
          return false;
        }
      }
      return true;
    });
    CrashCluster.Kill killed = cluster.killWorker();
    for (int i = 5; i < 10; i++) {
      cluster.release("fan|item-" + i + "|1");
    }
    var result = awaitOutcome("result of fan", "fan", id, "RESULT fan", 1);

    check("during a fan-out of 10 child agents (5 done, 5 mid-call)", id, result, killed,
        "RESULT fan result-item-0,result-item-1,result-item-2,result-item-3,result-item-4,"
            + "result-item-5,result-item-6,result-item-7,result-item-8,result-item-9",
        requests, tools);
  }

  @Test
  @Order(6)
  void whileWaitingForAHumanUpdate() {
    String id = "hu-" + RUN;
    client.tell("run hu crash_human_agent " + id + " run hu");
    awaitKillPoint("hu", "the run to wait for an answer", () -> pendingQuestion(id).isPresent());
    String question = pendingQuestion(id).orElseThrow();
    CrashCluster.Kill killed = cluster.killWorker();
    client.tell("answer hu " + id + " " + question + " blue");
    awaitOutcome("answer accepted", "hu", id, "ANSWERED hu", 1);
    var result = awaitOutcome("result of hu", "hu", id, "RESULT hu", 1);

    check("while waiting for a human update", id, result, killed, "RESULT hu hu-done: blue",
        Map.of("hu|run hu|0", 1, "hu|run hu|1", 1, "hu|run hu|2", 1), Map.of("note hu-1", 1));
  }

  @Test
  @Order(7)
  void afterAnInlineToolWithAMapOutputInANewJvm() {
    String id = "in-" + RUN;
    client.tell("run in crash_inline_agent " + id + " run in");
    awaitKillPoint("in", "the model call after the inline tool to be in flight",
        () -> logs.requestLines().contains("in|run in|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("in|run in|1");
    var result = awaitOutcome("result of in", "in", id, "RESULT in", 1);

    // The new JVM replays the inline tool's recorded output (the tool does not run again) and
    // resolves the model input by digest: a Map.of output must serialize the same there.
    check("after an inline tool with a Map.of output (replayed in a new JVM)", id, result, killed, "RESULT in in-done",
        Map.of("in|run in|0", 1, "in|run in|1", 2), Map.of("facts Paris", 1));
  }

  /**
   * Records the case's row, then asserts its promises: the right outcome line at the client,
   * each completed model call sent once (those in flight at the kill: twice), each completed
   * tool call run once, no failed workflow task anywhere in the run's tree.
   */
  private void check(String killPoint, String workflowId, JavaProcess.Line result, CrashCluster.Kill kill,
      String expected, Map<String, Integer> expectedRequests, Map<String, Integer> expectedTools) {
    Map<String, Integer> requests = logs.requestCounts(expectedRequests);
    Map<String, Integer> tools = logs.toolCounts(expectedTools);
    int repeated = (int) expectedRequests.entrySet().stream()
        .filter(e -> e.getValue() == 1 && requests.getOrDefault(e.getKey(), 0) > 1).count();
    boolean right = result.text().equals(expected);
    REPORT.add(new CrashReport.Row(killPoint, expectedRequests.size(), sum(expectedRequests) - expectedRequests.size(),
        sum(requests), repeated, sum(tools), sum(expectedTools),
        (kill.replaced() - kill.killed()) / 1e9, (result.nanos() - kill.killed()) / 1e9,
        right ? "right output" : "WRONG: " + result.text()));

    assertThat(result.text()).as("outcome at the client").isEqualTo(expected);
    assertThat(requests).as("model requests per call: completed calls once, those in flight at the kill twice")
        .isEqualTo(new TreeMap<>(expectedRequests));
    assertThat(tools).as("tool log: completed tool calls once").isEqualTo(new TreeMap<>(expectedTools));
    for (WorkflowExecutionHistory h : HistoryChecks.tree(cluster.observer(), workflowId)) {
      assertThat(HistoryChecks.workflowTaskFailures(h))
          .as("failed workflow tasks of " + h.getWorkflowExecution().getWorkflowId()).isZero();
    }
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The case's outcome line at the client; a case that never ends leaves a diagnosis behind. */
  private static JavaProcess.Line awaitOutcome(String what, String kase, String workflowId, String prefix, int occurrence) {
    try {
      return client.await(what, l -> l.startsWith(prefix + " ") || l.startsWith("FAILED " + kase + " "), occurrence, DEADLINE);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; " + cluster.diagnose(workflowId), e);
    }
  }

  /** Waits until the kill point is reached; fails at once when the run already ended without it. */
  private static void awaitKillPoint(String kase, String what, BooleanSupplier reached) {
    Poll.until(what, DEADLINE, () -> {
      if (client.has(l -> l.startsWith("RESULT " + kase + " ") || l.startsWith("FAILED " + kase + " "))) {
        throw new AssertionError("Case " + kase + " ended before the kill point (" + what + "): " + client.lines());
      }
      return reached.getAsBoolean();
    });
  }

  private static boolean completed(String workflowId) {
    try {
      return cluster.observer().fetchHistory(workflowId).getLastEvent().getEventType()
          == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED;
    } catch (RuntimeException notYet) {
      return false;
    }
  }

  private static Optional<String> pendingQuestion(String workflowId) {
    try {
      RunStatus s = cluster.observer().newUntypedWorkflowStub(workflowId).query("state", RunStatus.class);
      return s.questions().isEmpty() ? Optional.empty() : Optional.of(s.questions().get(0).id());
    } catch (RuntimeException notYet) {
      return Optional.empty();
    }
  }

  /** The module's build folder ({@code target}, or the one given with {@code -Dmvn.target}). */
  static Path buildDir() {
    try {
      return Path.of(CrashMatrixTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String configuredAddress() {
    String a = System.getProperty("temporal.address");
    if (a == null || a.isBlank() || a.contains("${")) {
      a = System.getenv("TEMPORAL_ADDRESS");
    }
    return a == null || a.isBlank() || a.contains("${") ? null : a.trim();
  }
}
