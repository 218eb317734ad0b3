package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.model.ItemsDigest;
import io.microagents.model.ItemsReference;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.ModelInputQuery;
import io.microagents.temporal.Transcript;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.WorkflowInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The activity's side of model input by reference: turns a request whose input holds only
 * new items back into the whole conversation. The referred items come from the worker's cache
 * of the workflow's previous call (the usual case), else from the workflow by a query for
 * just the missing ones, else — when the workflow does not answer in time — from its history.
 * The result is checked against the reference's digest.
 */
final class ModelInputResolver {

  /** The failure type of a model input that does not match its reference; never retried. */
  static final String MISMATCH = "ModelInputMismatch";

  private static final int CACHED_WORKFLOWS = 256;

  /** A call's whole input and its digest, as resolved and as cached. */
  record Known(List<Item> items, ItemsDigest digest) {
    boolean matches(ItemsReference prior) {
      return items.size() == prior.count() && digest.value().equals(prior.digest());
    }
  }

  /**
   * What workflows about to make a local model call offer it, keyed by workflow and run id:
   * the referred items, read by the local activity, which runs in this JVM, at each attempt,
   * and dropped when it succeeds. Bounded like the cache (a replayed call, or a workflow
   * evicted before its call ran, leaves an entry behind until its next call).
   */
  private static final Map<String, Known> OFFERED = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
      return size() > CACHED_WORKFLOWS;
    }
  };

  private final Map<String, Known> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
      return size() > CACHED_WORKFLOWS;
    }
  };

  /** The request's whole input: its own, or the referred items followed by its own. */
  Known resolve(ModelRequest request, ActivityExecutionContext context) {
    ItemsReference prior = request.priorInput();
    if (prior == null) {
      ModelInputCounts.resolved(ModelInputCounts.Source.NO_REFERENCE);
      return new Known(request.input(), new ItemsDigest().addAll(request.input()));
    }
    Known referred = referred(context, prior);
    List<Item> whole = new ArrayList<>(referred.items());
    whole.addAll(request.input());
    return new Known(List.copyOf(whole), referred.digest().copy().addAll(request.input()));
  }

  /**
   * Remembers a call's whole input once the call succeeded, for the workflow's next call (in
   * this run or the next, after continue-as-new).
   */
  void remember(ActivityExecutionContext context, Known whole) {
    ActivityInfo info = context.getInfo();
    if (info.isLocal()) { // the workflow offers the next call's items itself
      synchronized (OFFERED) {
        OFFERED.remove(info.getWorkflowId() + "/" + info.getRunId());
      }
      return;
    }
    synchronized (this) {
      cache.put(info.getWorkflowId(), whole);
    }
  }

  /**
   * Called by workflow code before it schedules a local model call: the items its request
   * will refer to. Not a side effect on the workflow: the call reads them in this JVM instead
   * of querying its own workflow, whose task is still open while the call runs.
   */
  static void offer(WorkflowInfo workflow, Known soFar) {
    synchronized (OFFERED) {
      OFFERED.put(workflow.getWorkflowId() + "/" + workflow.getRunId(), soFar);
    }
  }

  private static Known offered(ActivityInfo info) {
    synchronized (OFFERED) {
      return OFFERED.get(info.getWorkflowId() + "/" + info.getRunId());
    }
  }

  private Known referred(ActivityExecutionContext context, ItemsReference prior) {
    if (context.getInfo().isLocal()) {
      Known offered = offered(context.getInfo());
      if (offered != null && offered.matches(prior)) {
        ModelInputCounts.resolved(ModelInputCounts.Source.OFFERED);
        return offered;
      }
      throw mismatch(prior); // a local call's workflow always offers what it refers to, unless it computed other items
    }
    Known cached = cached(context.getInfo().getWorkflowId());
    if (cached != null && cached.matches(prior)) {
      ModelInputCounts.resolved(ModelInputCounts.Source.CACHE);
      return cached;
    }
    if (cached != null && cached.items().size() < prior.count()) {
      Known extended = extend(cached, query(context, cached.items().size(), prior.count()));
      if (extended != null && extended.matches(prior)) {
        ModelInputCounts.resolved(ModelInputCounts.Source.CACHE_AND_QUERY);
        return extended;
      }
    }
    Known fetched = extend(new Known(List.of(), new ItemsDigest()), query(context, 0, prior.count()));
    ModelInputCounts.resolved(fetched != null ? ModelInputCounts.Source.QUERY : ModelInputCounts.Source.HISTORY);
    if (fetched == null) {
      fetched = fromHistory(context, prior);
    }
    if (!fetched.matches(prior)) {
      throw mismatch(prior);
    }
    return fetched;
  }

  private static ApplicationFailure mismatch(ItemsReference prior) {
    return ApplicationFailure.newNonRetryableFailure("The model input the workflow holds does not match the one its "
          + "history recorded (" + prior.count() + " items, digest " + prior.digest() + "). Workflow code computed "
          + "different items than when it was recorded: usually a value that differs between JVMs or runs, such as "
          + "an inline tool, @Instructions method or guardrail using a clock, randomness, or a HashMap's order.",
          MISMATCH);
  }

  private static Known extend(Known base, List<Item> more) {
    if (more == null) {
      return null;
    }
    List<Item> all = new ArrayList<>(base.items());
    all.addAll(more);
    return new Known(List.copyOf(all), base.digest().copy().addAll(more));
  }

  private synchronized Known cached(String workflowId) {
    return cache.get(workflowId);
  }

  /** Asks the workflow for items {@code from} to {@code to}; {@code null} when it does not answer in time. */
  private static List<Item> query(ActivityExecutionContext context, int from, int to) {
    ActivityInfo info = context.getInfo();
    long started = System.nanoTime();
    CompletableFuture<Transcript> answer = CompletableFuture.supplyAsync(() -> context.getWorkflowClient()
        .newUntypedWorkflowStub(info.getWorkflowId(), Optional.of(info.getRunId()), Optional.empty())
        .query(ModelInputQuery.NAME, Transcript.class, from, to));
    try {
      return answer.get(deadline(info).toMillis(), TimeUnit.MILLISECONDS).items();
    } catch (TimeoutException | ExecutionException e) {
      answer.cancel(true);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while resolving the model input", e);
    } finally {
      ModelInputCounts.queried(System.nanoTime() - started);
    }
  }

  /**
   * How long to wait for the workflow's answer: half the heartbeat timeout and a quarter of
   * the attempt's start-to-close timeout, at most 5 s, at least 200 ms — so a query that hangs
   * (its workflow's worker is gone) leaves the attempt time to read the history and call the
   * model, and never costs a second attempt (a second model call).
   */
  static Duration deadline(ActivityInfo info) {
    long millis = 5_000;
    Duration heartbeat = info.getHeartbeatTimeout();
    if (heartbeat != null && heartbeat.toMillis() > 0) {
      millis = Math.min(millis, heartbeat.toMillis() / 2);
    }
    Duration attempt = info.getStartToCloseTimeout();
    if (attempt != null && attempt.toMillis() > 0) {
      millis = Math.min(millis, attempt.toMillis() / 4);
    }
    return Duration.ofMillis(Math.max(200, millis));
  }

  private static Known fromHistory(ActivityExecutionContext context, ItemsReference prior) {
    ActivityInfo info = context.getInfo();
    try {
      List<Item> items = new RunHistory(context.getWorkflowClient())
          .referredBy(info.getWorkflowId(), info.getRunId(), info.getActivityId(), prior);
      return new Known(items, new ItemsDigest().addAll(items));
    } catch (RuntimeException e) {
      // Retryable: the workflow's worker may be back for the next attempt.
      throw ApplicationFailure.newFailure("Cannot resolve the model input by reference: the workflow did not answer "
          + "its query and its history could not be read (" + e.getMessage() + ")", "ModelInputUnavailable");
    }
  }
}
