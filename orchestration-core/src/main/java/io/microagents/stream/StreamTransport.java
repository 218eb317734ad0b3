package io.microagents.stream;

import java.time.Duration;
import java.util.List;

/**
 * Carries the entries of run streams from the worker that makes a model call to the clients
 * that watch the run. A stream is named by a key (a durable run's workflow id), holds a
 * bounded number of recent entries, and is read with a cursor, so a reader that reconnects
 * resumes where it stopped.
 *
 * <p>Publishing never blocks the model call for long and never throws: entries that cannot be
 * kept (a full buffer, a broker that is down) are dropped, and readers are told with a
 * {@link StreamEntry.Marker#GAP} entry. {@link InJvmStreamTransport} serves one process;
 * a broker-backed transport (Redis Streams) serves workers and clients in different ones.
 */
public interface StreamTransport extends AutoCloseable {

  /** Appends an entry to the stream {@code key}. */
  void publish(String key, StreamEntry entry);

  /**
   * The entries of stream {@code key} after the one with id {@code after} ({@code null}: from
   * the oldest kept), at most {@code max}, waiting up to {@code wait} for the first. Returns an
   * empty list when none came in time. Starts with a {@code GAP} marker when entries after
   * {@code after} were dropped or trimmed.
   */
  List<StreamEntry> read(String key, String after, int max, Duration wait) throws InterruptedException;

  /** Releases connections and threads. */
  @Override
  default void close() {}
}
