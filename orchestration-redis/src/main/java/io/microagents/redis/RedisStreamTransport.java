package io.microagents.redis;

import io.lettuce.core.RedisURI;
import io.microagents.stream.StreamEntry;
import io.microagents.stream.StreamTransport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StreamTransport} on Redis Streams, so that the workers making model calls and the
 * clients watching runs can be different processes. Each run stream is a Redis stream
 * ({@code keyPrefix + key}) of at most about {@code maxEntries} entries ({@code XADD MAXLEN ~}),
 * deleted {@code ttl} after its last write; entry ids are Redis stream ids, which are the
 * cursors of {@link #read}.
 *
 * <p>{@link #publish} only queues the entry (bounded, the oldest dropped first) for one
 * background thread that writes to Redis: it never waits for Redis and never fails. While
 * Redis is down, entries wait in the queue and the oldest are dropped when it is full; the
 * transport logs one warning per outage; once Redis answers again, each stream that lost
 * entries gets a {@link StreamEntry.Marker#GAP} before its next ones (all recently written
 * streams do when Redis came back as a new process, which may have lost what it held). A read
 * while Redis is down returns no entries after its wait, as if none had come.
 * {@link Builder#build} does not connect: a server that is down is a warning, not an error.
 *
 * <pre>{@code
 * StreamTransport transport = RedisStreamTransport.builder().uri("redis://127.0.0.1:6379").build();
 * }</pre>
 */
public final class RedisStreamTransport implements StreamTransport {

  /** The prefix of stream keys by default. */
  public static final String DEFAULT_KEY_PREFIX = "microagents:stream:";
  /** Entries kept per stream by default (approximately: Redis trims whole blocks). */
  public static final int DEFAULT_MAX_ENTRIES = 10_000;
  /** How long a stream is kept after its last write, by default. */
  public static final Duration DEFAULT_TTL = Duration.ofDays(1);
  /** Entries waiting to be written, at most, by default. */
  public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
  /** How long {@link #close} waits for queued entries to be written, by default. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(2);

  private final RedisLink link;
  private final String keyPrefix;
  private final PublishQueue queue;
  private final Thread sender;
  private final StreamReader reader;
  private final Duration closeTimeout;
  private volatile boolean closed;

  private RedisStreamTransport(Builder b, RedisURI uri) {
    this.link = new RedisLink(uri);
    this.keyPrefix = b.keyPrefix;
    this.closeTimeout = b.closeTimeout;
    this.queue = new PublishQueue(b.queueCapacity);
    this.reader = new StreamReader(link, keyPrefix);
    this.sender = new Thread(new StreamSender(link, queue, keyPrefix, b.maxEntries, b.ttl.toMillis()),
        "microagents-redis-sender");
    sender.setDaemon(true);
    sender.start();
  }

  /** A builder; {@link Builder#uri} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Queues the entry for the stream {@code key}: returns at once, never throws for Redis's
   * sake. The entry's id is ignored (Redis assigns one). After {@link #close}, entries are
   * ignored.
   */
  @Override
  public void publish(String key, StreamEntry entry) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(entry, "entry");
    queue.offer(key, entry);
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code after} is a Redis stream id returned by an earlier read (an
   * {@link IllegalArgumentException} otherwise). A stream that does not exist (never written,
   * or expired) gives an empty list after the wait, and so does a Redis that is down.
   *
   * @throws IllegalStateException when the transport is closed, or Redis refuses the read
   *     (e.g. the key holds something else than a stream)
   */
  @Override
  public List<StreamEntry> read(String key, String after, int max, Duration wait) throws InterruptedException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(wait, "wait");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    StreamId cursor = after == null ? StreamId.ZERO : StreamId.parse(after);
    if (closed) {
      throw new IllegalStateException(this + " is closed");
    }
    return reader.read(key, cursor, max, wait);
  }

  /**
   * Writes what is queued (waiting at most the close timeout; nothing when Redis is down),
   * then closes the connections and the client's threads. Bounded: about the close timeout
   * plus two seconds at most.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    queue.close();
    try {
      sender.join(Math.max(1, closeTimeout.toMillis()));
      if (sender.isAlive()) {
        sender.interrupt();
        sender.join(TimeUnit.SECONDS.toMillis(1));
      }
    } catch (InterruptedException e) {
      sender.interrupt();
      Thread.currentThread().interrupt();
    }
    reader.close();
    link.shutdown(Duration.ofSeconds(1));
  }

  @Override
  public String toString() {
    return "RedisStreamTransport[" + link.address() + ", keys " + keyPrefix + "*]";
  }

  /** Settings of a {@link RedisStreamTransport}; all but {@link #uri} have defaults. */
  public static final class Builder {
    private String uri;
    private String keyPrefix = DEFAULT_KEY_PREFIX;
    private int maxEntries = DEFAULT_MAX_ENTRIES;
    private Duration ttl = DEFAULT_TTL;
    private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
    private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;

    private Builder() {}

    /**
     * The server, e.g. {@code redis://127.0.0.1:6379}, {@code redis://:secret@host:6379/2},
     * {@code rediss://host:6380} (Lettuce's URI syntax). Required.
     */
    public Builder uri(String uri) {
      this.uri = uri;
      return this;
    }

    /** Prepended to each stream's key; default {@code microagents:stream:}. */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
      return this;
    }

    /** Entries kept per stream, approximately (at least this many); default 10,000. */
    public Builder maxEntries(int maxEntries) {
      this.maxEntries = positive("maxEntries", maxEntries);
      return this;
    }

    /** How long a stream is kept after its last write; default one day. */
    public Builder ttl(Duration ttl) {
      if (ttl == null || ttl.toMillis() < 1) {
        throw new IllegalArgumentException("ttl must be at least 1 ms, got " + ttl);
      }
      this.ttl = ttl;
      return this;
    }

    /** Entries waiting to be written, at most; past it the oldest are dropped; default 10,000. */
    public Builder queueCapacity(int queueCapacity) {
      this.queueCapacity = positive("queueCapacity", queueCapacity);
      return this;
    }

    /** How long {@link RedisStreamTransport#close} waits for queued entries; default 2 s. */
    public Builder closeTimeout(Duration closeTimeout) {
      if (closeTimeout == null || closeTimeout.isNegative()) {
        throw new IllegalArgumentException("closeTimeout must not be negative, got " + closeTimeout);
      }
      this.closeTimeout = closeTimeout;
      return this;
    }

    /** The transport; starts its sender thread, which connects once there is something to write. */
    public RedisStreamTransport build() {
      if (uri == null || uri.isBlank()) {
        throw new IllegalArgumentException("RedisStreamTransport needs the server's URI, e.g. redis://127.0.0.1:6379");
      }
      RedisURI parsed;
      try {
        parsed = RedisURI.create(uri);
      } catch (RuntimeException e) {
        // No cause and the credentials masked: the message may be logged.
        throw new IllegalArgumentException("Not a Redis URI: '" + masked(uri) + "' (expected e.g. redis://127.0.0.1:6379): "
            + masked(String.valueOf(e.getMessage())));
      }
      return new RedisStreamTransport(this, parsed);
    }

    private static String masked(String text) {
      return text.replaceAll("//[^@/\\s]*@", "//***@");
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
