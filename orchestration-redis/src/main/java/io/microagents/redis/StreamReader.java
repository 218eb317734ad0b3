package io.microagents.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.microagents.stream.StreamEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads streams with {@code XREAD COUNT max BLOCK wait}, on connections of its own: a blocked
 * read holds its connection, so each concurrent read borrows one (idle ones are kept for the
 * next). Right behind the XREAD, on the same connection, goes an {@code XINFO STREAM}: Redis
 * answers it when the read returns, and it tells whether entries after the cursor were
 * trimmed.
 */
final class StreamReader {

  private static final int MAX_IDLE = 8;
  private static final long MARGIN_MILLIS = 5_000;
  private static final Duration MAX_WAIT = Duration.ofDays(1);

  private final RedisLink link;
  private final String prefix;
  private final ConcurrentLinkedDeque<StatefulRedisConnection<String, String>> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  StreamReader(RedisLink link, String prefix) {
    this.link = link;
    this.prefix = prefix;
  }

  List<StreamEntry> read(String key, StreamId cursor, int max, Duration wait) throws InterruptedException {
    Duration bounded = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    long waitMillis = bounded.isNegative() || bounded.isZero() ? 0 : Math.max(1, bounded.toMillis());
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    for (int attempt = 0; ; attempt++) {
      StatefulRedisConnection<String, String> connection = idle.pollFirst();
      boolean reused = connection != null;
      if (connection == null || !connection.isOpen()) {
        reused = false;
        connection = link.connectOrNull();
        if (connection == null) {
          if (!closed) {
            sleepUntil(deadline); // Redis is down: as if nothing came in time
          }
          return List.of();
        }
      }
      boolean keep = false;
      try {
        List<StreamEntry> entries = read(connection, prefix + key, cursor, max, waitMillis);
        keep = true;
        link.up();
        return entries;
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RedisCommandExecutionException refused) {
          keep = true;
          throw new IllegalStateException("Redis at " + link.address() + " refused to read stream '" + prefix + key
              + "': " + refused.getMessage(), refused);
        }
        if (reused && attempt == 0 && !closed) {
          continue; // a kept connection that broke while idle (Redis restarted): try a new one
        }
        failed(e.getCause());
      } catch (TimeoutException e) {
        failed(e);
      } finally {
        release(connection, keep);
      }
      if (!closed) {
        sleepUntil(deadline);
      }
      return List.of();
    }
  }

  private List<StreamEntry> read(StatefulRedisConnection<String, String> connection, String stream, StreamId cursor,
      int max, long waitMillis) throws InterruptedException, ExecutionException, TimeoutException {
    RedisAsyncCommands<String, String> redis = connection.async();
    XReadArgs args = XReadArgs.Builder.count(max);
    if (waitMillis > 0) {
      args.block(waitMillis);
    }
    RedisFuture<List<StreamMessage<String, String>>> read = redis.xread(args, XReadArgs.StreamOffset.from(stream, cursor.toString()));
    RedisFuture<List<Object>> info = redis.xinfoStream(stream);
    List<StreamMessage<String, String>> messages = read.get(waitMillis + MARGIN_MILLIS, TimeUnit.MILLISECONDS);
    if (messages == null || messages.isEmpty()) {
      return List.of(); // also for a stream that does not exist (its XINFO fails; nobody looks)
    }
    StreamId first = StreamId.parse(messages.get(0).getId());
    List<StreamEntry> out = new ArrayList<>(messages.size() + 1);
    if (trimmedBefore(cursor, first, info)) {
      out.add(EntryCodec.gap(first.predecessor().toString()));
    }
    for (StreamMessage<String, String> m : messages) {
      if (out.size() >= max) {
        break;
      }
      out.add(EntryCodec.decode(m.getId(), m.getBody().get(EntryCodec.FIELD)));
    }
    return out;
  }

  /**
   * Whether entries between {@code cursor} and {@code first} (the first entry read after it)
   * were trimmed. Trimming removes a stream's oldest entries, so it did when the stream lost
   * entries ({@code entries-added > length}) and {@code first} is its oldest one now. Redis
   * does not keep the ids it trimmed: a cursor at exactly the last trimmed entry also gets a
   * GAP (one too many, never one too few), except right after a GAP, whose id is just
   * before {@code first}.
   */
  private static boolean trimmedBefore(StreamId cursor, StreamId first, RedisFuture<List<Object>> info)
      throws InterruptedException {
    if (cursor.equals(first.predecessor())) {
      return false;
    }
    List<Object> fields;
    try {
      fields = info.get(MARGIN_MILLIS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return false; // the stream expired in between: nothing to compare with
    }
    Long length = null;
    Long added = null;
    StreamId oldest = null;
    for (int i = 0; fields != null && i + 1 < fields.size(); i += 2) {
      Object value = fields.get(i + 1);
      switch (String.valueOf(fields.get(i))) {
        case "length" -> length = value instanceof Long l ? l : null;
        case "entries-added" -> added = value instanceof Long l ? l : null;
        case "first-entry" -> oldest = value instanceof List<?> entry && !entry.isEmpty() ? StreamId.parse(String.valueOf(entry.get(0))) : null;
        default -> { }
      }
    }
    if (oldest == null || length == null) {
      return false;
    }
    boolean lostEntries = added == null ? !cursor.equals(StreamId.ZERO) : added > length; // entries-added: Redis 7+
    return lostEntries && first.compareTo(oldest) <= 0;
  }

  private void failed(Throwable cause) {
    if (!closed) { // not the transport closing under a read
      link.down(cause);
    }
  }

  private void release(StatefulRedisConnection<String, String> connection, boolean keep) {
    if (keep && !closed && connection.isOpen() && idle.size() < MAX_IDLE) {
      idle.offerFirst(connection);
    } else {
      connection.closeAsync();
    }
  }

  private static void sleepUntil(long deadline) throws InterruptedException {
    long left = deadline - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  /** Stops keeping connections; the client's shutdown closes them, also those of reads under way. */
  void close() {
    closed = true;
    idle.clear(); // the client's shutdown closes them
  }
}
