package io.microagents.temporal.deploy;

import io.microagents.agent.AgentRegistry;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.definition.AgentSnapshot;
import io.microagents.temporal.definition.DefinitionDiff;
import io.microagents.temporal.definition.RunDefinition;
import io.microagents.temporal.internal.RecordedDefinitions;
import io.microagents.temporal.internal.RunDefinitions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Replays the histories of the workflows in flight on a cluster (found through visibility)
 * against the build about to be deployed, before it is: per workflow, ok or would break and
 * why. Run it in CI before a rollout; a non-zero exit on {@link DeployCheckReport#ok()} false
 * stops it.
 *
 * <pre>{@code
 * DeployCheckReport report = DeployCheck.builder(client)
 *     .build(worker -> MicroagentsWorker.register(worker, registry, models, options))
 *     .agents(registry, options)
 *     .closedSince(Duration.ofHours(24))
 *     .build().run();
 * System.out.println(report.text());
 * }</pre>
 */
public final class DeployCheck {

  private final WorkflowClient client;
  private final Consumer<Worker> build;
  private final AgentRegistry registry;
  private final MicroagentsOptions options;
  private final String query;
  private final int limit;

  private DeployCheck(Builder b) {
    this.client = b.client;
    this.build = Objects.requireNonNull(b.build, "build: how the new build registers its workflows");
    this.registry = b.registry;
    this.options = b.options;
    this.query = b.query();
    this.limit = b.limit;
  }

  public static Builder builder(WorkflowClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /** Lists the workflows, replays each one's latest run against the new build. */
  public DeployCheckReport run() {
    List<DeployCheckResult> results = new ArrayList<>();
    WorkerFactory factory = WorkerFactory.newInstance(client);
    try {
      Worker worker = factory.newWorker("microagents-deploy-check-" + ProcessHandle.current().pid());
      build.accept(worker);
      for (WorkflowExecutionMetadata w : client.listExecutions(query).limit(limit).toList()) {
        results.add(check(worker, w));
      }
    } finally {
      factory.shutdownNow();
    }
    return new DeployCheckReport(results);
  }

  private DeployCheckResult check(Worker worker, WorkflowExecutionMetadata w) {
    String id = w.getExecution().getWorkflowId();
    String runId = w.getExecution().getRunId();
    WorkflowExecutionHistory history = client.fetchHistory(id, runId);
    String reason = null;
    try {
      WorkflowReplayer.replayWorkflowExecution(history, worker);
    } catch (Exception | Error e) {
      reason = why(e);
    }
    return new DeployCheckResult(id, runId, w.getWorkflowType(), reason == null, reason, changes(history));
  }

  private List<String> changes(WorkflowExecutionHistory history) {
    if (registry == null) {
      return List.of();
    }
    RunDefinition kept = RecordedDefinitions.of(client, history.getEvents());
    if (kept == null) {
      return List.of();
    }
    String[] agents = kept.agents().stream().map(AgentSnapshot::name).filter(registry::contains).toArray(String[]::new);
    return DefinitionDiff.between(kept, RunDefinitions.snapshot(registry, options, agents));
  }

  /**
   * What went wrong, in a line: the replayer reports a non-deterministic command inside a query
   * failure's text ({@code error=io.temporal.worker.NonDeterministicException: …}); else the
   * innermost cause.
   */
  static String why(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getClass().getSimpleName() + ": " + t.getMessage();
    int error = m.indexOf("error=");
    if (error >= 0) {
      m = m.substring(error + "error=".length()).replaceFirst("^io\\.temporal\\.worker\\.", "");
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Builds a {@link DeployCheck}. */
  public static final class Builder {
    private final WorkflowClient client;
    private Consumer<Worker> build;
    private AgentRegistry registry;
    private MicroagentsOptions options = MicroagentsOptions.DEFAULTS;
    private String query;
    private Duration closedSince;
    private int limit = 1000;

    private Builder(WorkflowClient client) {
      this.client = client;
    }

    /** Registers the new build's workflows on a worker that only replays (required). */
    public Builder build(Consumer<Worker> register) { this.build = register; return this; }

    /** The new build's agents and options, to report what runs in flight will not see (optional). */
    public Builder agents(AgentRegistry registry, MicroagentsOptions options) {
      this.registry = registry;
      this.options = options;
      return this;
    }

    /** A visibility query of your own; default: running workflows (and recently closed ones, see below). */
    public Builder query(String visibilityQuery) { this.query = visibilityQuery; return this; }

    /** Also checks workflows closed within this long (their histories must still replay for queries and resets). */
    public Builder closedSince(Duration v) { this.closedSince = v; return this; }

    /** Checks at most this many workflows; default 1,000. */
    public Builder limit(int v) { this.limit = v; return this; }

    private String query() {
      if (query != null) {
        return query;
      }
      String running = "ExecutionStatus='Running'";
      if (closedSince == null) {
        return running;
      }
      String since = DateTimeFormatter.ISO_INSTANT.format(Instant.now().minus(closedSince));
      return running + " OR CloseTime > '" + since + "'";
    }

    public DeployCheck build() {
      return new DeployCheck(this);
    }
  }
}
