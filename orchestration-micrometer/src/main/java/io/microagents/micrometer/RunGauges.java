package io.microagents.micrometer;

import io.microagents.temporal.AgentWorkflow;
import io.microagents.temporal.ConversationWorkflow;
import io.microagents.temporal.PendingApproval;
import io.microagents.temporal.PendingQuestion;
import io.microagents.temporal.RunStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.filter.v1.WorkflowTypeFilter;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowResponse;
import com.google.protobuf.ByteString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Gauges of the runs a namespace holds now: how many are open, how many wait for a person and
 * how long the oldest of those has waited, how many do not answer. Each {@link #refresh()}
 * lists the open runs of each workflow type from the server and queries each one's status
 * (one query per open run, at most {@link Builder#queryTimeout} each), so run it from one
 * process per namespace, not from every worker, and not more often than the alerts need.
 *
 * <p>Why not gauges inside the workflows: a run that waits for a person for days is evicted
 * from the worker's cache and is in no worker's memory (after a restart, not even replayed)
 * until someone answers, so no worker could report it; the server knows it is open, and the
 * run's status query says since when it waits.
 *
 * <pre>{@code
 * RunGauges gauges = RunGauges.builder(workflowClient).refreshEvery(Duration.ofSeconds(30)).build();
 * gauges.bindTo(registry);
 * gauges.start();   // close() stops it
 * }</pre>
 */
public final class RunGauges implements MeterBinder, AutoCloseable {

  /** One workflow type's counts, as of the last refresh. */
  private record Counts(int active, int waiting, double oldestSeconds, int unreadable) {
    static final Counts NONE = new Counts(0, 0, 0, 0);
  }

  private final WorkflowClient client;
  private final List<String> types;
  private final Clock clock;
  private final Duration every;
  private final Duration queryTimeout;
  private final Map<String, Counts> counts = new ConcurrentHashMap<>();
  private ScheduledExecutorService scheduler;

  private RunGauges(Builder b) {
    this.client = b.client;
    this.types = b.types;
    this.clock = b.clock;
    this.every = b.every;
    this.queryTimeout = b.queryTimeout;
  }

  /** Gauges of the runs that {@code client}'s namespace holds. */
  public static Builder builder(WorkflowClient client) {
    return new Builder(client);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String type : types) {
      Gauge.builder(MicroagentsMetrics.RUNS_ACTIVE, () -> of(type).active()).tag("workflow_type", type)
          .description("Runs open now").register(registry);
      Gauge.builder(MicroagentsMetrics.RUNS_WAITING, () -> of(type).waiting()).tag("workflow_type", type)
          .description("Open runs with a question or an approval pending").register(registry);
      TimeGauge.builder(MicroagentsMetrics.RUNS_WAITING_OLDEST, () -> of(type).oldestSeconds(), TimeUnit.SECONDS)
          .tag("workflow_type", type).description("Age of the oldest pending question or approval")
          .register(registry);
      Gauge.builder(MicroagentsMetrics.RUNS_UNREADABLE, () -> of(type).unreadable()).tag("workflow_type", type)
          .description("Open runs that did not answer the status query").register(registry);
    }
  }

  /** Lists the open runs and queries their status once, now; the gauges show the result. */
  public void refresh() {
    for (String type : types) {
      counts.put(type, count(type));
    }
  }

  /** Refreshes every {@code refreshEvery} on a daemon thread, the first time at once. */
  public synchronized RunGauges start() {
    if (scheduler == null) {
      scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "microagents-run-gauges");
        t.setDaemon(true);
        return t;
      });
      scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }
    return this;
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // The server is away: keep the last counts; the next refresh tries again.
    }
  }

  private Counts of(String type) {
    return counts.getOrDefault(type, Counts.NONE);
  }

  private Counts count(String type) {
    int active = 0;
    int waiting = 0;
    int unreadable = 0;
    Instant oldest = null;
    for (WorkflowExecution run : (Iterable<WorkflowExecution>) openRuns(type)::iterator) {
      active++;
      RunStatus status = status(run);
      if (status == null) {
        unreadable++;
        continue;
      }
      if (status.questions().isEmpty() && status.approvals().isEmpty()) {
        continue;
      }
      waiting++;
      Instant since = Stream.concat(status.questions().stream().map(PendingQuestion::askedAt),
              status.approvals().stream().map(PendingApproval::askedAt))
          .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
      if (since != null && (oldest == null || since.isBefore(oldest))) {
        oldest = since;
      }
    }
    double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    return new Counts(active, waiting, age, unreadable);
  }

  /**
   * The run's status, or {@code null} when it does not answer within the query timeout: a
   * query waits for a worker to run the workflow's code, which never comes for a run whose
   * workflow task keeps failing. (The client's own query would wait a minute.)
   */
  private RunStatus status(WorkflowExecution run) {
    try {
      QueryWorkflowResponse response = client.getWorkflowServiceStubs().blockingStub()
          .withDeadlineAfter(queryTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .queryWorkflow(QueryWorkflowRequest.newBuilder().setNamespace(client.getOptions().getNamespace())
              .setExecution(run).setQuery(WorkflowQuery.newBuilder().setQueryType("state")).build());
      if (response.hasQueryRejected()) {
        return null;
      }
      return client.getOptions().getDataConverter()
          .fromPayloads(0, Optional.of(response.getQueryResult()), RunStatus.class, RunStatus.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Stream<WorkflowExecution> openRuns(String type) {
    String namespace = client.getOptions().getNamespace();
    Stream.Builder<WorkflowExecution> runs = Stream.builder();
    ByteString token = ByteString.EMPTY;
    do {
      ListOpenWorkflowExecutionsResponse page = client.getWorkflowServiceStubs().blockingStub()
          .listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.newBuilder()
              .setNamespace(namespace).setMaximumPageSize(1000).setNextPageToken(token)
              .setTypeFilter(WorkflowTypeFilter.newBuilder().setName(type)).build());
      for (WorkflowExecutionInfo info : page.getExecutionsList()) {
        runs.add(info.getExecution());
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return runs.build();
  }

  /** Settings of {@link RunGauges}. */
  public static final class Builder {
    private final WorkflowClient client;
    private List<String> types = List.of(AgentWorkflow.class.getSimpleName(), ConversationWorkflow.class.getSimpleName());
    private Clock clock = Clock.systemUTC();
    private Duration every = Duration.ofSeconds(30);
    private Duration queryTimeout = Duration.ofSeconds(5);

    private Builder(WorkflowClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** The workflow types counted; default {@code AgentWorkflow} and {@code ConversationWorkflow}. */
    public Builder workflowTypes(String... v) { this.types = List.of(v); return this; }

    /** The clock a wait's age is measured with (workflow time on the server); default UTC system time. */
    public Builder clock(Clock v) { this.clock = Objects.requireNonNull(v, "clock"); return this; }

    /** How often {@link RunGauges#start()} refreshes; default 30 s. */
    public Builder refreshEvery(Duration v) {
      if (v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException("refreshEvery must be positive, got " + v);
      }
      this.every = v;
      return this;
    }

    /** How long one run's status query may take before the run counts as unreadable; default 5 s. */
    public Builder queryTimeout(Duration v) {
      if (v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException("queryTimeout must be positive, got " + v);
      }
      this.queryTimeout = v;
      return this;
    }

    /** The gauges; bind them to a registry, then {@link RunGauges#start()} or {@link RunGauges#refresh()}. */
    public RunGauges build() {
      return new RunGauges(this);
    }
  }
}
