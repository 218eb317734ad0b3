package io.microagents.redis;

import static io.microagents.redis.Reads.delta;
import static io.microagents.redis.Reads.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.microagents.stream.ModelDelta;
import io.microagents.stream.StreamEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A transport against a real Redis: what is published is read back, in order, by cursor. */
@ExtendWith(RedisServerExtension.class)
class RedisStreamTransportTest {

  private static final Duration LONG = Duration.ofSeconds(20);

  private final String prefix = Reads.uniquePrefix();
  private final List<RedisStreamTransport> transports = new ArrayList<>();
  private RedisServer redis;

  @BeforeEach
  void setUp(RedisServer redis) {
    this.redis = redis;
  }

  @AfterEach
  void tearDown() {
    transports.forEach(RedisStreamTransport::close);
  }

  private RedisStreamTransport transport() {
    return transport(RedisStreamTransport.builder());
  }

  private RedisStreamTransport transport(RedisStreamTransport.Builder builder) {
    RedisStreamTransport t = builder.uri(redis.uri().toString()).keyPrefix(prefix).build();
    transports.add(t);
    return t;
  }

  @Test
  void publishedEntriesComeBackInOrderWithIncreasingIdsAndTheCursorResumes() throws Exception {
    RedisStreamTransport transport = transport();
    List<StreamEntry> published = List.of(
        StreamEntry.delta("c1", 1, "writer", ModelDelta.text("Hel")),
        StreamEntry.delta("c1", 1, "writer", ModelDelta.reasoning("thinking")),
        StreamEntry.delta("c1", 2, "writer", ModelDelta.toolArguments("call_1", "search", "{\"q\":")),
        StreamEntry.delta("c1", 2, "writer", ModelDelta.refusal("no")),
        StreamEntry.end("c1", 2, "writer"));
    published.forEach(e -> transport.publish("run-1", e));

    List<StreamEntry> read = Reads.until(transport, "run-1", null, 5, LONG);

    assertThat(read).extracting(e -> e.withId(null)).containsExactlyElementsOf(published);
    assertThat(read).extracting(e -> StreamId.parse(e.id())).isSortedAccordingTo(StreamId::compareTo).doesNotHaveDuplicates();
    List<StreamEntry> rest = transport.read("run-1", read.get(2).id(), 10, Duration.ofSeconds(5));
    assertThat(rest).containsExactlyElementsOf(read.subList(3, 5));
    assertThat(transport.read("run-1", read.get(4).id(), 10, Duration.ofMillis(200))).isEmpty();
    assertThat(transport.read("run-1", null, 2, Duration.ZERO)).containsExactlyElementsOf(read.subList(0, 2));
  }

  @Test
  void aReaderBlockedInReadWakesWhenAnEntryIsPublished() throws Exception {
    RedisStreamTransport transport = transport();
    CompletableFuture<List<StreamEntry>> reading = CompletableFuture.supplyAsync(() -> read(transport, "run-2", LONG));
    Thread.sleep(300); // the read is blocked in XREAD by now
    assertThat(reading).isNotDone();

    long start = System.nanoTime();
    transport.publish("run-2", delta("hello"));
    List<StreamEntry> read = reading.get(10, TimeUnit.SECONDS);

    assertThat(read).extracting(Reads::text).containsExactly("hello");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void concurrentReadersOfDifferentStreamsEachWake() throws Exception {
    RedisStreamTransport transport = transport();
    List<CompletableFuture<List<StreamEntry>>> readers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String key = "run-" + i;
      readers.add(CompletableFuture.supplyAsync(() -> read(transport, key, LONG), CompletableFuture.delayedExecutor(0, TimeUnit.MILLISECONDS)));
    }
    Thread.sleep(300);
    for (int i = 3; i >= 0; i--) {
      transport.publish("run-" + i, delta("to " + i));
    }
    for (int i = 0; i < 4; i++) {
      assertThat(readers.get(i).get(10, TimeUnit.SECONDS)).extracting(Reads::text).containsExactly("to " + i);
    }
  }

  @Test
  void aStreamThatDoesNotExistIsEmptyAfterTheWait() throws Exception {
    RedisStreamTransport transport = transport();
    long start = System.nanoTime();
    assertThat(transport.read("never-written", null, 10, Duration.ofMillis(300))).isEmpty();
    assertThat(transport.read("never-written", "1700000000000-0", 10, Duration.ofMillis(300))).isEmpty();
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(elapsedMs).isBetween(550L, 3_000L);
    assertThat(transport.read("never-written", null, 10, Duration.ZERO)).isEmpty();
  }

  @Test
  void trimmingByMaxLengthGivesAStaleCursorAGap() throws Exception {
    RedisStreamTransport transport = transport(RedisStreamTransport.builder().maxEntries(100));
    transport.publish("run-3", delta("0"));
    String early = Reads.until(transport, "run-3", null, 1, LONG).get(0).id();
    for (int i = 1; i < 1000; i++) {
      transport.publish("run-3", delta(Integer.toString(i)));
    }
    Reads.upTo(transport, "run-3", early, "999", LONG); // following along: all written, now trimmed
    List<StreamEntry> fromEarly = Reads.upTo(transport, "run-3", early, "999", LONG);

    assertThat(text(fromEarly.get(0))).isEqualTo("GAP");
    assertThat(fromEarly).hasSizeLessThan(400); // about 100 kept: Redis trims whole blocks of 100
    assertThat(fromEarly.subList(1, fromEarly.size())).extracting(Reads::text).doesNotContain("GAP", "0", "1");
    String gapId = fromEarly.get(0).id();
    assertThat(StreamId.parse(gapId)).isEqualTo(StreamId.parse(fromEarly.get(1).id()).predecessor());

    // From the start, too; a GAP alone when max is 1; after the GAP's id, no GAP again.
    assertThat(transport.read("run-3", null, 3, Duration.ZERO)).extracting(Reads::text).first().isEqualTo("GAP");
    assertThat(transport.read("run-3", null, 1, Duration.ZERO)).extracting(StreamEntry::id).containsExactly(gapId);
    assertThat(transport.read("run-3", gapId, 1, Duration.ZERO)).containsExactly(fromEarly.get(1));
    // A reader that kept up sees no GAP.
    String recent = fromEarly.get(fromEarly.size() - 2).id();
    assertThat(transport.read("run-3", recent, 10, Duration.ZERO)).extracting(Reads::text).containsExactly("999");
  }

  @Test
  void aSecondTransportReadsWhatTheFirstPublishes() throws Exception {
    RedisStreamTransport publisher = transport();
    RedisStreamTransport reader = transport();
    CompletableFuture<List<StreamEntry>> reading = CompletableFuture.supplyAsync(() -> read(reader, "run-4", LONG));
    Thread.sleep(200);
    publisher.publish("run-4", delta("across"));
    publisher.publish("run-4", StreamEntry.end("c1", 1, "writer"));

    List<StreamEntry> first = reading.get(10, TimeUnit.SECONDS);
    List<StreamEntry> all = new ArrayList<>(first);
    if (all.size() < 2) {
      all.addAll(Reads.until(reader, "run-4", first.get(0).id(), 1, LONG));
    }
    assertThat(all).extracting(Reads::text).containsExactly("across", "END");
  }

  @Test
  void streamsExpireATimeToLiveAfterTheirLastWrite() throws Exception {
    RedisStreamTransport lasting = transport();
    RedisStreamTransport brief = transport(RedisStreamTransport.builder().ttl(Duration.ofMillis(300)));
    lasting.publish("run-5", delta("kept"));
    brief.publish("run-6", delta("gone soon"));
    Reads.until(lasting, "run-5", null, 1, LONG);
    Reads.until(brief, "run-6", null, 1, LONG);

    RedisClient client = redis.client();
    try (var connection = client.connect()) {
      assertThat(connection.sync().pttl(prefix + "run-5"))
          .isBetween(RedisStreamTransport.DEFAULT_TTL.toMillis() - 60_000, RedisStreamTransport.DEFAULT_TTL.toMillis());
    } finally {
      client.shutdown();
    }
    Thread.sleep(600);
    assertThat(brief.read("run-6", null, 10, Duration.ZERO)).isEmpty();
  }

  @Test
  void closeWritesWhatIsQueuedWithinItsTimeout() throws Exception {
    RedisStreamTransport publisher = transport(RedisStreamTransport.builder().closeTimeout(Duration.ofSeconds(5)));
    for (int i = 0; i < 2000; i++) {
      publisher.publish("run-7", delta(Integer.toString(i)));
    }
    long start = System.nanoTime();
    publisher.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(7));

    List<StreamEntry> read = Reads.until(transport(), "run-7", null, 2000, LONG);
    assertThat(read).extracting(Reads::text).startsWith("0", "1").endsWith("1999").doesNotContain("GAP");
    publisher.publish("run-7", delta("after close")); // ignored, not an error
    assertThatThrownBy(() -> publisher.read("run-7", null, 1, Duration.ZERO)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyHoldingSomethingElseIsRefusedWithoutStoppingOtherStreams() throws Exception {
    RedisClient client = redis.client();
    try (var connection = client.connect()) {
      connection.sync().set(prefix + "taken", "not a stream");
    } finally {
      client.shutdown();
    }
    RedisStreamTransport transport = transport();
    try (LogCapture log = new LogCapture()) {
      transport.publish("taken", delta("lost"));
      transport.publish("free", delta("kept"));
      assertThat(Reads.until(transport, "free", null, 1, LONG)).extracting(Reads::text).containsExactly("kept");
      for (long deadline = System.nanoTime() + 5_000_000_000L; log.transportWarnings().isEmpty() && System.nanoTime() < deadline; ) {
        Thread.sleep(20); // the sender logs once it has all the batch's replies
      }
      assertThat(log.transportWarnings()).hasSize(1).first().asString().contains("refused live-output writes", "WRONGTYPE");
    }
    assertThatThrownBy(() -> transport.read("taken", null, 1, Duration.ZERO))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused to read stream '" + prefix + "taken'");
  }

  @Test
  void badSettingsAndCursorsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> RedisStreamTransport.builder().build()).hasMessageContaining("needs the server's URI");
    assertThatThrownBy(() -> RedisStreamTransport.builder().uri("http://:secret@x:1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    assertThatThrownBy(() -> RedisStreamTransport.builder().maxEntries(0)).hasMessageContaining("maxEntries");
    RedisStreamTransport transport = transport();
    assertThatThrownBy(() -> transport.read("k", "42", 1, Duration.ZERO)).hasMessageContaining("Not a cursor of this transport: '42'");
    assertThatThrownBy(() -> transport.read("k", null, 0, Duration.ZERO)).hasMessageContaining("max must be at least 1");
  }

  private static List<StreamEntry> read(RedisStreamTransport transport, String key, Duration wait) {
    try {
      return transport.read(key, null, 10, wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
