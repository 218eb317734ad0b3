package io.microagents.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to Redis: takes batches from the {@link PublishQueue} and sends
 * each as pipelined XADDs (trimmed with {@code MAXLEN ~}) followed by a PEXPIRE per stream, on
 * a connection of its own. One writer keeps the entries of a stream in the order they were
 * published. While Redis is down it leaves entries queued (the queue drops the oldest when
 * full) and tries to connect again every second. A batch is only lost when its write fails
 * (Redis went away during it): its streams get a GAP before their next entries. So do the
 * streams written last when Redis comes back as another process (restarted: what it held may
 * be gone).
 */
final class StreamSender implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisStreamTransport.class);
  private static final int BATCH = 256;
  private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long WRITE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final int REMEMBERED_STREAMS = 1_000;

  private final RedisLink link;
  private final PublishQueue queue;
  private final String prefix;
  private final XAddArgs addArgs;
  private final long ttlMillis;

  private StatefulRedisConnection<String, String> connection;
  private boolean refusedLogged;
  private String serverRunId; // of the Redis last connected to; null before, or where INFO is not allowed
  /** The streams written to most recently: those a restarted Redis lost entries of. */
  private final Map<String, Boolean> written = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > REMEMBERED_STREAMS;
    }
  };

  StreamSender(RedisLink link, PublishQueue queue, String prefix, long maxEntries, long ttlMillis) {
    this.link = link;
    this.queue = queue;
    this.prefix = prefix;
    this.addArgs = new XAddArgs().maxlen(maxEntries).approximateTrimming();
    this.ttlMillis = ttlMillis;
  }

  @Override
  public void run() {
    try {
      while (true) {
        if (connection == null) {
          boolean closing = queue.closed();
          if (!queue.awaitWork(closing ? 0 : IDLE_NANOS)) { // connect when there is something to write: a reader-only transport never does
            if (closing) {
              return;
            }
            continue;
          }
          connection = link.connectOrNull();
          if (connection == null) {
            if (closing) {
              return; // Redis is down at close: what is still queued is dropped
            }
            queue.awaitClose(RETRY_NANOS);
            continue;
          }
          if (!checkServer()) {
            queue.awaitClose(RETRY_NANOS);
            continue;
          }
          connection.setAutoFlushCommands(false); // this thread flushes once per batch
        }
        PublishQueue.Batch batch = queue.take(BATCH, IDLE_NANOS);
        if (batch == null) {
          if (queue.closed()) {
            return;
          }
          continue;
        }
        if (!connection.isOpen()) { // closed while idle (Redis stopped): nothing of this batch is lost yet
          queue.putBack(batch);
          link.down(new RedisConnectionException("the connection was closed"));
          disconnect();
          continue;
        }
        send(batch);
      }
    } catch (InterruptedException e) {
      // close() stopped waiting for the flush: what is left is dropped
    } finally {
      disconnect();
    }
  }

  /**
   * On each connect: a Redis with another {@code run_id} than the last one (restarted, or a
   * replica that took over) may have lost what it held, so the streams written recently get a
   * GAP. Whether the connection works.
   */
  private boolean checkServer() throws InterruptedException {
    String runId = null;
    try {
      String info = connection.async().info("server").get(WRITE_TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
      runId = info.lines().filter(l -> l.startsWith("run_id:")).map(l -> l.substring(7).trim()).findFirst().orElse(null);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof RedisCommandExecutionException)) { // refused (INFO not allowed): restarts go unseen
        link.down(e.getCause());
        disconnect();
        return false;
      }
    } catch (TimeoutException e) {
      link.down(e);
      disconnect();
      return false;
    }
    if (runId != null && serverRunId != null && !runId.equals(serverRunId) && !written.isEmpty()) {
      LOG.info("Redis at {} is another server process than before (restarted or failed over): a GAP goes to the {}"
          + " streams written last", link.address(), written.size());
      queue.markGaps(written.keySet());
      written.clear();
    }
    serverRunId = runId != null ? runId : serverRunId;
    return true;
  }

  private void send(PublishQueue.Batch batch) throws InterruptedException {
    RedisAsyncCommands<String, String> redis = connection.async();
    List<RedisFuture<?>> writes = new ArrayList<>(batch.gaps().size() + batch.items().size() + 8);
    List<String> writeKeys = new ArrayList<>(writes.size());
    for (String key : batch.gaps()) {
      writes.add(redis.xadd(prefix + key, addArgs, EntryCodec.gapFields()));
      writeKeys.add(key);
    }
    for (PublishQueue.Item item : batch.items()) {
      writes.add(redis.xadd(prefix + item.key(), addArgs, EntryCodec.fields(item.entry())));
      writeKeys.add(item.key());
    }
    Set<String> keys = new LinkedHashSet<>(writeKeys);
    for (String key : keys) { // after the stream's last write: its time-to-live counts from there
      writes.add(redis.pexpire(prefix + key, ttlMillis));
      writeKeys.add(key);
    }
    connection.flushCommands();
    long deadline = System.nanoTime() + WRITE_TIMEOUT_NANOS;
    Throwable failure = null;
    Set<String> lost = new LinkedHashSet<>(); // streams with a write not confirmed: a GAP goes before their next entries
    for (int i = 0; i < writes.size(); i++) {
      try {
        writes.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        failure = failure == null ? e.getCause() : failure;
        lost.add(writeKeys.get(i));
      } catch (TimeoutException e) {
        failure = new TimeoutException("Redis did not confirm " + (writes.size() - i) + " writes within 5 s");
        lost.addAll(writeKeys.subList(i, writeKeys.size()));
        break;
      }
    }
    if (failure == null) {
      LOG.debug("Wrote {} GAPs and {} entries", batch.gaps().size(), batch.items().size());
      keys.forEach(k -> written.put(k, Boolean.TRUE));
      link.up();
      return;
    }
    LOG.debug("Writing {} GAPs and {} entries failed, {} streams lost entries: {}", batch.gaps().size(),
        batch.items().size(), lost.size(), RedisLink.describe(failure));
    queue.markGaps(lost);
    if (failure instanceof RedisCommandExecutionException) { // Redis answered but refused: a key of another type, out of memory
      if (!refusedLogged) {
        refusedLogged = true;
        LOG.warn("Redis at {} refused live-output writes (logged once): {}", link.address(), RedisLink.describe(failure));
      }
      queue.awaitClose(RETRY_NANOS); // not at once again: the GAPs would be refused in a loop
      return;
    }
    link.down(failure);
    disconnect();
  }

  private void disconnect() {
    if (connection != null) {
      connection.close(); // waits for the channel: the client's shutdown warns about one still closing
      connection = null;
    }
  }
}
