package io.microagents.redis;

import io.microagents.stream.ModelDelta;
import io.microagents.stream.StreamEntry;
import io.microagents.stream.StreamTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading a stream the way a subscriber does: in a loop, resuming from the last id. */
final class Reads {

  private Reads() {}

  /** A key prefix of its own for each test, so tests sharing one server never meet. */
  static String uniquePrefix() {
    return "test:" + UUID.randomUUID() + ":";
  }

  /** Delta {@code text} of call "c1", attempt 1, agent "writer". */
  static StreamEntry delta(String text) {
    return StreamEntry.delta("c1", 1, "writer", ModelDelta.text(text));
  }

  /** The text of a delta entry; "GAP" or "END" for markers. */
  static String text(StreamEntry e) {
    return e.marker() != null ? e.marker().name() : e.delta().text();
  }

  /** Reads from {@code after} until {@code count} entries came; fails after {@code timeout}. */
  static List<StreamEntry> until(StreamTransport transport, String key, String after, int count, Duration timeout)
      throws InterruptedException {
    List<StreamEntry> out = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    String cursor = after;
    while (out.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("only " + out.size() + " of " + count + " entries of " + key + " within " + timeout
            + ": " + out.stream().map(Reads::text).toList());
      }
      List<StreamEntry> batch = transport.read(key, cursor, count - out.size(), Duration.ofNanos(Math.min(left, 1_000_000_000L)));
      if (!batch.isEmpty()) {
        out.addAll(batch);
        cursor = batch.get(batch.size() - 1).id();
      }
    }
    return out;
  }

  /** Reads from {@code after} until an entry whose text is {@code last} came; fails after {@code timeout}. */
  static List<StreamEntry> upTo(StreamTransport transport, String key, String after, String last, Duration timeout)
      throws InterruptedException {
    List<StreamEntry> out = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    String cursor = after;
    while (out.isEmpty() || !text(out.get(out.size() - 1)).equals(last)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no '" + last + "' in " + key + " within " + timeout + ", got " + out.size()
            + " entries: " + out.stream().map(Reads::text).toList());
      }
      List<StreamEntry> batch = transport.read(key, cursor, 1000, Duration.ofNanos(Math.min(left, 1_000_000_000L)));
      if (!batch.isEmpty()) {
        out.addAll(batch);
        cursor = batch.get(batch.size() - 1).id();
      }
    }
    return out;
  }
}
