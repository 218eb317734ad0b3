package io.microagents.redis;

import static io.microagents.redis.Reads.delta;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A redis-server of this test's own, killed and started again on the same port, in memory
 * only: all it held is gone. Publishing does not notice the outage; readers are told of the
 * loss with a GAP once Redis is back.
 */
class RedisRestartTest {

  private Process redis;

  @AfterEach
  void stop() throws InterruptedException {
    if (redis != null) {
      redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aKilledAndRestartedRedisLosesWhatItHeldAndReadersGetAGapBeforeWhatFollows() throws Exception {
    Path binary = RedisServerExtension.requireRedisServer();
    Path dir = Path.of(System.getProperty("redis.state.dir", "target/redis-server")).toAbsolutePath();
    int port = RedisServerExtension.freePort();
    String uri = "redis://127.0.0.1:" + port;
    redis = RedisServerExtension.startRedisServer(binary, port, dir);
    try (LogCapture log = new LogCapture();
        RedisStreamTransport publisher = RedisStreamTransport.builder().uri(uri).build();
        RedisStreamTransport reader = RedisStreamTransport.builder().uri(uri).build()) {
      publisher.publish("run", delta("a"));
      publisher.publish("run", delta("b"));
      String cursor = Reads.until(reader, "run", null, 2, Duration.ofSeconds(20)).get(1).id();

      redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no goodbye to the clients
      Thread.sleep(200);
      long start = System.nanoTime();
      publisher.publish("run", delta("c"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
      Thread.sleep(1500);
      assertThat(log.transportWarnings()).hasSize(1).first().asString().contains("Redis at " + uri + " is unreachable");

      redis = RedisServerExtension.startRedisServer(binary, port, dir);
      publisher.publish("run", delta("d"));

      assertThat(Reads.upTo(reader, "run", cursor, "d", Duration.ofSeconds(20))).extracting(Reads::text)
          .containsExactly("GAP", "c", "d");
      assertThat(reader.read("run", null, 10, Duration.ZERO)).extracting(Reads::text).containsExactly("GAP", "c", "d");
      assertThat(log.transportWarnings()).hasSize(1);
    }
  }
}
