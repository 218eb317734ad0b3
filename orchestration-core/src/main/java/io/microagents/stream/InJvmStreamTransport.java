package io.microagents.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transport of one process (the embedded mode, tests): each stream is a ring of the last
 * {@code capacity} entries in memory, the oldest dropped first; at most {@code maxStreams}
 * streams are kept, the least recently used forgotten first. Publishing is a short
 * synchronized append; readers wait on the stream without blocking publishers.
 */
public final class InJvmStreamTransport implements StreamTransport {

  /** Entries kept per stream by default. */
  public static final int DEFAULT_CAPACITY = 10_000;
  /** Streams kept by default. */
  public static final int DEFAULT_MAX_STREAMS = 1_000;

  private final int capacity;
  private final Map<String, Ring> streams;

  /** A transport with the default capacity and number of streams. */
  public InJvmStreamTransport() {
    this(DEFAULT_CAPACITY, DEFAULT_MAX_STREAMS);
  }

  /** A transport keeping {@code capacity} entries for each of at most {@code maxStreams} streams. */
  public InJvmStreamTransport(int capacity, int maxStreams) {
    if (capacity < 1 || maxStreams < 1) {
      throw new IllegalArgumentException("capacity and maxStreams must be positive, got " + capacity + " and " + maxStreams);
    }
    this.capacity = capacity;
    this.streams = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Ring> eldest) {
        return size() > maxStreams;
      }
    };
  }

  @Override
  public void publish(String key, StreamEntry entry) {
    ring(key).append(entry);
  }

  @Override
  public List<StreamEntry> read(String key, String after, int max, Duration wait) throws InterruptedException {
    return ring(key).read(after == null ? 0 : parse(after), max, wait);
  }

  private Ring ring(String key) {
    synchronized (streams) {
      return streams.computeIfAbsent(key, k -> new Ring(capacity));
    }
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a cursor of this transport: '" + id + "' (expected a number)", e);
    }
  }

  /** One stream: entries numbered from 1, the last {@code capacity} of them kept. */
  private static final class Ring {
    private final int capacity;
    private final ArrayDeque<StreamEntry> entries = new ArrayDeque<>();
    private long last; // id of the newest entry; 0 when none was published

    Ring(int capacity) {
      this.capacity = capacity;
    }

    synchronized void append(StreamEntry entry) {
      last++;
      entries.addLast(entry.withId(Long.toString(last)));
      if (entries.size() > capacity) {
        entries.removeFirst();
      }
      notifyAll();
    }

    synchronized List<StreamEntry> read(long after, int max, Duration wait) throws InterruptedException {
      if (after > last) { // a cursor from before this stream was forgotten: all it knew is gone
        after = -1;
      }
      long deadline = System.nanoTime() + wait.toNanos();
      while (last <= after) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return List.of();
        }
        wait(Math.max(1, left / 1_000_000));
      }
      long oldest = last - entries.size() + 1;
      List<StreamEntry> out = new ArrayList<>();
      if (after + 1 < oldest) {
        out.add(new StreamEntry(Long.toString(oldest - 1), null, 0, null, null, StreamEntry.Marker.GAP));
        after = oldest - 1;
      }
      long skip = after + 1 - oldest;
      for (StreamEntry e : entries) {
        if (skip-- > 0) {
          continue;
        }
        if (out.size() >= max) {
          break;
        }
        out.add(e);
      }
      return out;
    }
  }
}
