package io.microagents.redis;

import static io.microagents.redis.Reads.delta;
import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.stream.StreamEntry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rough numbers on a real server, printed for the record; the bounds are loose, to catch a
 * transport that is broken, not a machine that is busy.
 */
@ExtendWith(RedisServerExtension.class)
class LatencyAndThroughputTest {

  @Test
  void tenThousandDeltasArriveInOrder(RedisServer redis) throws Exception {
    String prefix = Reads.uniquePrefix();
    try (RedisStreamTransport publisher = RedisStreamTransport.builder().uri(redis.uri().toString()).keyPrefix(prefix).build();
        RedisStreamTransport reader = RedisStreamTransport.builder().uri(redis.uri().toString()).keyPrefix(prefix).build()) {
      publisher.publish("warm-up", delta("w"));
      Reads.until(reader, "warm-up", null, 1, Duration.ofSeconds(20));

      long start = System.nanoTime();
      for (int i = 0; i < 10_000; i++) {
        publisher.publish("run", delta(Integer.toString(i)));
      }
      long published = System.nanoTime() - start;
      List<StreamEntry> read = Reads.until(reader, "run", null, 10_000, Duration.ofSeconds(60));
      long arrived = System.nanoTime() - start;

      assertThat(read).extracting(Reads::text).startsWith("0").endsWith("9999").doesNotContain("GAP");
      for (int i = 0; i < read.size(); i++) {
        assertThat(Reads.text(read.get(i))).isEqualTo(Integer.toString(i));
      }
      System.out.printf("10,000 deltas: published in %.1f ms (%.2f us/call), all read after %.0f ms (%.0f entries/s)%n",
          published / 1e6, published / 1e3 / 10_000, arrived / 1e6, 10_000 / (arrived / 1e9));
      assertThat(Duration.ofNanos(published)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aBlockedReaderGetsAnEntryMillisecondsAfterItIsPublished(RedisServer redis) throws Exception {
    String prefix = Reads.uniquePrefix();
    try (RedisStreamTransport publisher = RedisStreamTransport.builder().uri(redis.uri().toString()).keyPrefix(prefix).build();
        RedisStreamTransport reader = RedisStreamTransport.builder().uri(redis.uri().toString()).keyPrefix(prefix).build()) {
      long[] latencies = new long[50];
      String cursor = null;
      publisher.publish("run", delta("warm-up"));
      cursor = Reads.until(reader, "run", null, 1, Duration.ofSeconds(20)).get(0).id();
      for (int i = 0; i < latencies.length; i++) {
        String after = cursor;
        CompletableFuture<List<StreamEntry>> reading = CompletableFuture.supplyAsync(() -> {
          try {
            return reader.read("run", after, 10, Duration.ofSeconds(20));
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
        Thread.sleep(20); // blocked in XREAD
        long t0 = System.nanoTime();
        publisher.publish("run", delta(Integer.toString(i)));
        List<StreamEntry> got = reading.get(20, TimeUnit.SECONDS);
        latencies[i] = System.nanoTime() - t0;
        assertThat(got).extracting(Reads::text).containsExactly(Integer.toString(i));
        cursor = got.get(0).id();
      }
      Arrays.sort(latencies);
      System.out.printf("publish -> blocked read: median %.2f ms, p90 %.2f ms, max %.2f ms (50 entries)%n",
          latencies[25] / 1e6, latencies[45] / 1e6, latencies[49] / 1e6);
      assertThat(Duration.ofNanos(latencies[25])).isLessThan(Duration.ofMillis(500));
    }
  }
}
