package io.microagents.temporal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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

  private static final Duration DEADLINE = CrashCases.DEADLINE;

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static CrashCluster cluster;
  private static JavaProcess client;
  private static CrashLogs logs;
  private static CrashCases cases;

  @BeforeAll
  static void startProcesses() throws IOException {
    cases = CrashCases.start("crash-matrix", RUN, false);
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
  void duringAModelCall() {
    String id = "mc-" + RUN;
    client.tell("run mc crash_model_agent " + id + " run mc");
    cases.awaitKillPoint("mc", "the model call after the note to be in flight", () -> logs.requestLines().contains("mc|run mc|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("mc|run mc|1");
    var result = cases.awaitOutcome("result of mc", "mc", id, "RESULT mc", 1);

    cases.check("during a model call (2nd of 2)", id, result, killed, "RESULT mc mc-done",
        Map.of("mc|run mc|0", 1, "mc|run mc|1", 2), Map.of("note mc-1", 1));
  }

  @Test
  @Order(2)
  void duringAToolCall() {
    String id = "tc-" + RUN;
    client.tell("run tc crash_tool_agent " + id + " run tc");
    cases.awaitKillPoint("tc", "slow_note tc-2 to start", () -> logs.toolLines().contains("start tc-2"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("tc-2");
    var result = cases.awaitOutcome("result of tc", "tc", id, "RESULT tc", 1);

    cases.check("during a tool call (2nd of 2)", id, result, killed, "RESULT tc tc-done",
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
    var result = cases.awaitOutcome("second reply", "bt", id, "REPLY bt", 2);
    client.tell("end bt " + id);
    client.await("conversation ended", l -> l.startsWith("ENDED bt") || l.startsWith("FAILED bt "), 1, DEADLINE);

    cases.check("between turns (idle conversation, next message after restart)", id, result, killed,
        "REPLY bt bt-reply-2 after hello", Map.of("bt|hello|0", 1, "bt|hello|1", 1, "bt|hello|2", 1), Map.of("note bt-1", 1));
  }

  @Test
  @Order(4)
  void rightAfterAHandoff() {
    String id = "ho-" + RUN;
    client.tell("run ho crash_triage_agent " + id + " run ho");
    cases.awaitKillPoint("ho", "the specialist's first model call to be in flight",
        () -> logs.requestLines().contains("ho_spec|run ho|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("ho_spec|run ho|1");
    var result = cases.awaitOutcome("result of ho", "ho", id, "RESULT ho", 1);

    cases.check("right after a handoff (new agent's 1st call)", id, result, killed, "RESULT ho ho-done",
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
    cases.awaitKillPoint("fan", "children 0-4 done and 5-9 in their last model call", () -> {
      List<String> seen = logs.requestLines();
      for (int i = 5; i < 10; i++) {
        if (!seen.contains("fan|item-" + i + "|1 held")) {
          return false;
        }
      }
      for (int n = 1; n <= 5; n++) {
        if (!cases.completed(id + "/crash_fan_agent-" + n)) {
          return false;
        }
      }
      return true;
    });
    CrashCluster.Kill killed = cluster.killWorker();
    for (int i = 5; i < 10; i++) {
      cluster.release("fan|item-" + i + "|1");
    }
    var result = cases.awaitOutcome("result of fan", "fan", id, "RESULT fan", 1);

    cases.check("during a fan-out of 10 child agents (5 done, 5 mid-call)", id, result, killed,
        "RESULT fan result-item-0,result-item-1,result-item-2,result-item-3,result-item-4,"
            + "result-item-5,result-item-6,result-item-7,result-item-8,result-item-9",
        requests, tools);
  }

  @Test
  @Order(6)
  void whileWaitingForAHumanUpdate() {
    String id = "hu-" + RUN;
    client.tell("run hu crash_human_agent " + id + " run hu");
    cases.awaitKillPoint("hu", "the run to wait for an answer", () -> cases.pendingQuestion(id).isPresent());
    String question = cases.pendingQuestion(id).orElseThrow();
    CrashCluster.Kill killed = cluster.killWorker();
    client.tell("answer hu " + id + " " + question + " blue");
    cases.awaitOutcome("answer accepted", "hu", id, "ANSWERED hu", 1);
    var result = cases.awaitOutcome("result of hu", "hu", id, "RESULT hu", 1);

    cases.check("while waiting for a human update", id, result, killed, "RESULT hu hu-done: blue",
        Map.of("hu|run hu|0", 1, "hu|run hu|1", 1, "hu|run hu|2", 1), Map.of("note hu-1", 1));
  }

  @Test
  @Order(7)
  void afterAnInlineToolWithAMapOutputInANewJvm() {
    String id = "in-" + RUN;
    client.tell("run in crash_inline_agent " + id + " run in");
    cases.awaitKillPoint("in", "the model call after the inline tool to be in flight",
        () -> logs.requestLines().contains("in|run in|1 held"));
    CrashCluster.Kill killed = cluster.killWorker();
    cluster.release("in|run in|1");
    var result = cases.awaitOutcome("result of in", "in", id, "RESULT in", 1);

    // The new JVM replays the inline tool's recorded output (the tool does not run again) and
    // resolves the model input by digest: a Map.of output must serialize the same there.
    cases.check("after an inline tool with a Map.of output (replayed in a new JVM)", id, result, killed, "RESULT in in-done",
        Map.of("in|run in|0", 1, "in|run in|1", 2), Map.of("facts Paris", 1));
  }
}
