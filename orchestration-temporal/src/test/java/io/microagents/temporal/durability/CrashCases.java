package io.microagents.temporal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.temporal.RunStatus;
import io.temporal.api.enums.v1.EventType;
import io.temporal.common.WorkflowExecutionHistory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * What every case of a crash matrix does around its kill: await the kill point, await the
 * outcome at the client, then record the case's row and assert its promises.
 */
final class CrashCases implements AutoCloseable {

  static final Duration DEADLINE = Duration.ofSeconds(60);

  private final String name;
  private final CrashCluster cluster;
  private final JavaProcess client;
  private final CrashLogs logs;
  private final CrashReport report = new CrashReport();

  private CrashCases(String name, CrashCluster cluster) {
    this.name = name;
    this.cluster = cluster;
    this.client = cluster.client();
    this.logs = cluster.logs();
  }

  /**
   * Starts a matrix's processes on the configured server (else a Java test server of its own),
   * logging to {@code <build dir>/<name>/<run>}.
   *
   * @param lowLatency whether the workers run model calls and the {@code note} tool as local activities
   */
  static CrashCases start(String name, String run, boolean lowLatency) throws java.io.IOException {
    return new CrashCases(name, CrashCluster.start(buildDir().resolve(name).resolve(run), configuredAddress(),
        name + "-" + run, lowLatency));
  }

  CrashCluster cluster() {
    return cluster;
  }

  /** Writes the measured table to {@code <build dir>/<name>.md}, then stops every process. */
  @Override
  public void close() {
    try {
      report.write(buildDir().resolve(name + ".md"), cluster.server());
    } finally {
      cluster.close();
    }
  }

  /**
   * Records the case's row, then asserts its promises: the right outcome line at the client,
   * each completed model call sent once (those in flight at the kill: twice), each completed
   * tool call run once, no failed workflow task anywhere in the run's tree.
   */
  void check(String killPoint, String workflowId, JavaProcess.Line result, CrashCluster.Kill kill,
      String expected, Map<String, Integer> expectedRequests, Map<String, Integer> expectedTools) {
    Map<String, Integer> requests = logs.requestCounts(expectedRequests);
    Map<String, Integer> tools = logs.toolCounts(expectedTools);
    int repeated = (int) expectedRequests.entrySet().stream()
        .filter(e -> e.getValue() == 1 && requests.getOrDefault(e.getKey(), 0) > 1).count();
    boolean right = result.text().equals(expected);
    report.add(new CrashReport.Row(killPoint, expectedRequests.size(), sum(expectedRequests) - expectedRequests.size(),
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

  static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The case's outcome line at the client; a case that never ends leaves a diagnosis behind. */
  JavaProcess.Line awaitOutcome(String what, String kase, String workflowId, String prefix, int occurrence) {
    try {
      return client.await(what, l -> l.startsWith(prefix + " ") || l.startsWith("FAILED " + kase + " "), occurrence, DEADLINE);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; " + cluster.diagnose(workflowId), e);
    }
  }

  /** Waits until the kill point is reached; fails at once when the run already ended without it. */
  void awaitKillPoint(String kase, String what, BooleanSupplier reached) {
    Poll.until(what, DEADLINE, () -> {
      if (client.has(l -> l.startsWith("RESULT " + kase + " ") || l.startsWith("FAILED " + kase + " "))) {
        throw new AssertionError("Case " + kase + " ended before the kill point (" + what + "): " + client.lines());
      }
      return reached.getAsBoolean();
    });
  }

  boolean completed(String workflowId) {
    try {
      return cluster.observer().fetchHistory(workflowId).getLastEvent().getEventType()
          == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED;
    } catch (RuntimeException notYet) {
      return false;
    }
  }

  Optional<String> pendingQuestion(String workflowId) {
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
      return Path.of(CrashCases.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String configuredAddress() {
    String a = System.getProperty("temporal.address");
    if (a == null || a.isBlank() || a.contains("${")) {
      a = System.getenv("TEMPORAL_ADDRESS");
    }
    return a == null || a.isBlank() || a.contains("${") ? null : a.trim();
  }
}
