package io.microagents.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.stream.StreamEntry;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The path the transport exists for: a worker JVM publishes a call's deltas, and a client in
 * another JVM (this one) reads them live, all and in order.
 */
@ExtendWith(RedisServerExtension.class)
class CrossProcessTest {

  @Test
  void aSecondJvmPublishesAHundredDeltasAndThisOneReadsThemAllInOrder(RedisServer redis) throws Exception {
    String prefix = Reads.uniquePrefix();
    try (RedisStreamTransport reader = RedisStreamTransport.builder().uri(redis.uri().toString()).keyPrefix(prefix).build()) {
      assertThat(reader.read("run", null, 10, Duration.ZERO)).isEmpty(); // reading before the worker starts
      Process worker = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
          "-cp", classpath(), PublisherMain.class.getName(), redis.uri().toString(), prefix, "run", "100")
          .redirectErrorStream(true).start();
      try {
        List<StreamEntry> read = Reads.upTo(reader, "run", null, "END", Duration.ofSeconds(60));

        assertThat(read).extracting(Reads::text)
            .containsExactlyElementsOf(IntStream.range(0, 101).mapToObj(i -> i < 100 ? Integer.toString(i) : "END").toList());
        assertThat(read).allSatisfy(e -> assertThat(e.call()).isEqualTo("call-1"));
        assertThat(worker.waitFor(30, TimeUnit.SECONDS)).as("the worker exits").isTrue();
        String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(worker.exitValue()).as(output).isZero();
        assertThat(output).contains("@@published 100");
      } finally {
        worker.destroyForcibly();
      }
    }
  }

  /** This test's classpath, from surefire's property when it runs from a manifest-only jar. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    assertThat(cp).as("a classpath with this module's classes").contains(File.pathSeparator);
    return cp;
  }
}
