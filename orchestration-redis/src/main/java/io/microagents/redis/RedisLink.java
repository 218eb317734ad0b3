package io.microagents.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lettuce client of one transport, and whether Redis answers. Connections do not
 * reconnect by themselves and commands do not time out by themselves: the sender and the
 * readers decide (a broken connection is closed and a new one made when needed). An outage is
 * logged once, as one warning naming the server (never its password) and the cause.
 */
final class RedisLink {

  private static final Logger LOG = LoggerFactory.getLogger(RedisStreamTransport.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final ClientResources resources;
  private final RedisClient client;
  private final String address;
  private boolean down; // guarded by this

  RedisLink(RedisURI uri) {
    this.address = address(uri);
    // Small pools: a transport moves little data, and a worker may hold several clients.
    this.resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
    this.client = RedisClient.create(resources, uri);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(false)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .protocolVersion(ProtocolVersion.RESP2)
        .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.builder().timeoutCommands(false).build())
        .build());
  }

  /** The server as logs and messages name it: scheme, host, port, database; no credentials. */
  String address() {
    return address;
  }

  /** A new connection, or {@code null} when Redis cannot be reached (then logged once). */
  StatefulRedisConnection<String, String> connectOrNull() {
    try {
      StatefulRedisConnection<String, String> connection = client.connect();
      up();
      return connection;
    } catch (RuntimeException e) {
      if (!Thread.currentThread().isInterrupted()) { // interrupted: the transport is closing, not Redis down
        down(e);
      }
      return null;
    }
  }

  /** Redis did not answer: the first time since it last did, one warning. */
  void down(Throwable cause) {
    synchronized (this) {
      if (down) {
        return;
      }
      down = true;
    }
    LOG.warn("Redis at {} is unreachable ({}): live output is neither stored nor read until it is back; then each stream"
        + " that lost entries gets a GAP marker", address, describe(cause));
  }

  /** Redis answered again. */
  void up() {
    synchronized (this) {
      if (!down) {
        return;
      }
      down = false;
    }
    LOG.info("Redis at {} is reachable again", address);
  }

  /** Closes the client and its threads, waiting at most {@code timeout}. */
  void shutdown(Duration timeout) {
    long millis = Math.max(1, timeout.toMillis());
    try {
      client.shutdown(0, millis, TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      LOG.debug("Closing the Redis client for {} failed", address, e);
    }
    try {
      resources.shutdown(0, millis, TimeUnit.MILLISECONDS).get(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.debug("Stopping the Redis client's threads for {} did not finish in time", address, e);
    }
  }

  /** A cause and its root cause, in one line. */
  static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == cause ? oneLine(cause) : oneLine(cause) + "; caused by " + oneLine(root);
  }

  private static String oneLine(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  static String address(RedisURI uri) {
    if (uri.getHost() == null) {
      return uri.getSocket() != null ? "unix:" + uri.getSocket() : "(sentinel) " + uri.getSentinels().size() + " sentinels";
    }
    String scheme = uri.isSsl() ? "rediss" : "redis";
    return scheme + "://" + uri.getHost() + ":" + uri.getPort() + (uri.getDatabase() != 0 ? "/" + uri.getDatabase() : "");
  }
}
