package io.microagents.temporal.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * How this JVM's model activities got the whole input of their model calls (model input by
 * reference): counted since the JVM started, for metrics and benchmarks. A call either carried
 * its whole input (no reference), or found the referred items in its worker's cache of the
 * workflow's previous call, or extended that cache by a query for the missing items, or
 * queried the workflow for all of them (a cache miss: the previous call ran on another worker,
 * or the cache dropped it), or — the workflow not answering in time — read them from its
 * history. Each query's time (answered or not) is counted too, in a histogram of four buckets
 * per doubling (about ±10 % resolution). Read with {@link #snapshot()}; subtract two snapshots
 * with {@link Snapshot#minus} for an interval.
 */
public final class ModelInputCounts {

  /** Where a model call's whole input came from. */
  public enum Source {
    /** The request carried its whole input. */
    NO_REFERENCE,
    /** The worker's cache of the workflow's previous call held the referred items. */
    CACHE,
    /** The cache held some of them; a query to the workflow gave the rest. */
    CACHE_AND_QUERY,
    /** A query to the workflow gave them all (nothing usable in the cache). */
    QUERY,
    /** The workflow did not answer its query in time: read from its history. */
    HISTORY,
    /** A local call (the low-latency mode): its own workflow, in this JVM, offered the referred items. */
    OFFERED
  }

  /** Histogram buckets of query time: bucket i holds times below 2^((i+1)/4) µs; the last holds the rest. */
  public static final int BUCKETS = 100;

  private static final LongAdder[] RESOLVED = new LongAdder[Source.values().length];
  private static final LongAdder QUERIES = new LongAdder();
  private static final LongAdder QUERY_NANOS = new LongAdder();
  private static final AtomicLongArray QUERY_BUCKETS = new AtomicLongArray(BUCKETS);

  static {
    Arrays.setAll(RESOLVED, i -> new LongAdder());
  }

  private ModelInputCounts() {}

  /** Counts one model call's input as resolved from {@code source}. */
  static void resolved(Source source) {
    RESOLVED[source.ordinal()].increment();
  }

  /** Counts one query to a workflow for referred items that took {@code nanos}, answered or not. */
  static void queried(long nanos) {
    QUERIES.increment();
    QUERY_NANOS.add(nanos);
    QUERY_BUCKETS.incrementAndGet(bucket(nanos));
  }

  static int bucket(long nanos) {
    double micros = Math.max(1.0, nanos / 1000.0);
    return (int) Math.min(BUCKETS - 1, Math.floor(4 * Math.log(micros) / Math.log(2)));
  }

  /** The counts so far. */
  public static Snapshot snapshot() {
    long[] resolved = new long[RESOLVED.length];
    Arrays.setAll(resolved, i -> RESOLVED[i].sum());
    long[] buckets = new long[BUCKETS];
    Arrays.setAll(buckets, QUERY_BUCKETS::get);
    return new Snapshot(resolved, QUERIES.sum(), QUERY_NANOS.sum(), buckets);
  }

  /**
   * Counts at one moment, or their difference over an interval, or their sum over workers.
   *
   * @param resolved model calls by {@link Source}, indexed by its ordinal
   * @param queries queries to workflows for referred items, answered or not
   * @param queryNanos their total time
   * @param queryBuckets their times as a histogram (see {@link ModelInputCounts#BUCKETS})
   */
  public record Snapshot(long[] resolved, long queries, long queryNanos, long[] queryBuckets) {

    /** No counts. */
    public static final Snapshot ZERO = new Snapshot(new long[Source.values().length], 0, 0, new long[BUCKETS]);

    /** Model calls whose input came from {@code source}. */
    public long count(Source source) {
      return resolved[source.ordinal()];
    }

    /** Model calls counted. */
    public long calls() {
      return Arrays.stream(resolved).sum();
    }

    /** Model calls whose input referred to earlier items: all but {@link Source#NO_REFERENCE}. */
    public long referring() {
      return calls() - count(Source.NO_REFERENCE);
    }

    /** Model calls whose referred items were not all in the cache. */
    public long cacheMisses() {
      return referring() - count(Source.CACHE);
    }

    /** Mean query time in ms; NaN without queries. */
    public double queryMeanMs() {
      return queries == 0 ? Double.NaN : queryNanos / 1e6 / queries;
    }

    /**
     * The query time that {@code quantile} (e.g. 0.99) of the queries stayed under, in ms: the
     * upper bound of its histogram bucket; NaN without queries.
     */
    public double queryQuantileMs(double quantile) {
      long total = Arrays.stream(queryBuckets).sum();
      if (total == 0) {
        return Double.NaN;
      }
      long seen = 0;
      for (int i = 0; i < queryBuckets.length; i++) {
        seen += queryBuckets[i];
        if (seen >= Math.ceil(quantile * total)) {
          return Math.pow(2, (i + 1) / 4.0) / 1000.0;
        }
      }
      return Double.POSITIVE_INFINITY;
    }

    /** These counts less {@code earlier}'s. */
    public Snapshot minus(Snapshot earlier) {
      return combine(earlier, -1);
    }

    /** These counts plus {@code other}'s (e.g. another worker's). */
    public Snapshot plus(Snapshot other) {
      return combine(other, 1);
    }

    private Snapshot combine(Snapshot o, int sign) {
      long[] r = new long[resolved.length];
      Arrays.setAll(r, i -> resolved[i] + sign * o.resolved[i]);
      long[] b = new long[queryBuckets.length];
      Arrays.setAll(b, i -> queryBuckets[i] + sign * o.queryBuckets[i]);
      return new Snapshot(r, queries + sign * o.queries, queryNanos + sign * o.queryNanos, b);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Snapshot s && Arrays.equals(resolved, s.resolved) && queries == s.queries
          && queryNanos == s.queryNanos && Arrays.equals(queryBuckets, s.queryBuckets);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(resolved) * 31 + Arrays.hashCode(queryBuckets) + Long.hashCode(queries);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("ModelInputCounts[");
      for (Source source : Source.values()) {
        s.append(source.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(count(source)).append(", ");
      }
      return s.append("queries=").append(queries).append(", queryNanos=").append(queryNanos).append(']').toString();
    }
  }
}
