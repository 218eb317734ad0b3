package io.microagents.redis;

import static io.microagents.redis.Reads.delta;
import static io.microagents.redis.Reads.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.stream.StreamEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redis going away under a transport, played with a {@link TcpProxy} in front of the real
 * server: publishing goes on at full speed, one warning is logged, and what was lost is
 * marked with a GAP once Redis is back.
 */
@ExtendWith(RedisServerExtension.class)
class RedisOutageTest {

  private static final Duration LONG = Duration.ofSeconds(20);

  private final String prefix = Reads.uniquePrefix();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private RedisServer redis;
  private TcpProxy proxy;

  @BeforeEach
  void setUp(RedisServer redis) {
    this.redis = redis;
    this.proxy = new TcpProxy(redis.host(), redis.port());
    closeables.add(proxy);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private RedisStreamTransport transport(String uri, RedisStreamTransport.Builder builder) {
    RedisStreamTransport t = builder.uri(uri).keyPrefix(prefix).build();
    closeables.add(0, t);
    return t;
  }

  private String viaProxy() {
    return redis.uriWithPort(proxy.port());
  }

  @Test
  void publishingNeverBlocksWhileRedisIsDownAndAGapPrecedesWhatFollowsItsReturn() throws Exception {
    try (LogCapture log = new LogCapture()) {
      RedisStreamTransport publisher = transport(viaProxy(), RedisStreamTransport.builder().queueCapacity(100));
      RedisStreamTransport reader = transport(redis.uri().toString(), RedisStreamTransport.builder());
      publisher.publish("run", delta("a"));
      publisher.publish("run", delta("b"));
      String cursor = Reads.until(reader, "run", null, 2, LONG).get(1).id();

      proxy.cut();
      Thread.sleep(200); // the client notices the closed connection: the sender writes nothing more on it
      long slowest = 0;
      long start = System.nanoTime();
      for (int i = 0; i < 5000; i++) {
        long t0 = System.nanoTime();
        publisher.publish("run", delta(Integer.toString(i)));
        slowest = Math.max(slowest, System.nanoTime() - t0);
      }
      long total = System.nanoTime() - start;
      Thread.sleep(2500); // the sender notices, and fails to reconnect twice more

      assertThat(Duration.ofNanos(total)).isLessThan(Duration.ofSeconds(1));
      assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofMillis(100));
      assertThat(log.transportWarnings()).hasSize(1).first().asString()
          .contains("Redis at " + viaProxy() + " is unreachable (").containsPattern("unreachable \\(\\w+"); // and the cause

      proxy.restore();
      publisher.publish("run", delta("after"));
      List<StreamEntry> read = Reads.upTo(reader, "run", cursor, "after", LONG);

      assertThat(text(read.get(0))).isEqualTo("GAP");
      assertThat(read).extracting(Reads::text).filteredOn("GAP"::equals).hasSize(1);
      assertThat(read).extracting(Reads::text).endsWith("4999", "after").hasSizeLessThanOrEqualTo(102);
      assertThat(log.transportWarnings()).hasSize(1);
      System.out.printf("publish while Redis is down: %d calls in %.1f ms, slowest %.3f ms%n",
          5000, total / 1e6, slowest / 1e6);
    }
  }

  @Test
  void entriesQueuedDuringAShortOutageAreWrittenWhenRedisIsBackWithoutAGap() throws Exception {
    proxy.cut();
    RedisStreamTransport publisher = transport(viaProxy(), RedisStreamTransport.builder());
    publisher.publish("run", delta("x")); // built and published while Redis is down: no error
    Thread.sleep(300);
    proxy.restore();
    publisher.publish("run", delta("y"));

    RedisStreamTransport reader = transport(redis.uri().toString(), RedisStreamTransport.builder());
    assertThat(Reads.upTo(reader, "run", null, "y", LONG)).extracting(Reads::text).containsExactly("x", "y");
  }

  @Test
  void aReadWhileRedisIsDownIsEmptyAfterItsWait() throws Exception {
    RedisStreamTransport reader = transport(viaProxy(), RedisStreamTransport.builder());
    assertThat(reader.read("run", null, 10, Duration.ofMillis(100))).isEmpty(); // connected, then
    proxy.cut();
    long start = System.nanoTime();
    assertThat(reader.read("run", null, 10, Duration.ofMillis(300))).isEmpty();
    assertThat(reader.read("run", null, 10, Duration.ofMillis(300))).isEmpty();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(550L, 3_000L);

    proxy.restore();
    RedisStreamTransport publisher = transport(redis.uri().toString(), RedisStreamTransport.builder());
    publisher.publish("run", delta("back"));
    assertThat(Reads.upTo(reader, "run", null, "back", LONG)).extracting(Reads::text).containsExactly("back");
  }

  @Test
  void closeIsBoundedWhenRedisIsDown() {
    proxy.cut();
    RedisStreamTransport transport = RedisStreamTransport.builder().uri(viaProxy()).keyPrefix(prefix).build();
    for (int i = 0; i < 1000; i++) {
      transport.publish("run", delta(Integer.toString(i)));
    }
    long start = System.nanoTime();
    transport.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }
}
