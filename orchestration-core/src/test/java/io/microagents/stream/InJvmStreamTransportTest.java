package io.microagents.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-process transport: cursor reads, bounded rings with a gap marker, waiting readers. */
class InJvmStreamTransportTest {

  private static StreamEntry text(String s) {
    return StreamEntry.delta("c1", 1, "agent", ModelDelta.text(s));
  }

  @Test
  void aReaderResumesAfterItsCursor() throws Exception {
    InJvmStreamTransport t = new InJvmStreamTransport();
    t.publish("run", text("a"));
    t.publish("run", text("b"));
    t.publish("run", text("c"));

    List<StreamEntry> first = t.read("run", null, 2, Duration.ZERO);
    List<StreamEntry> rest = t.read("run", first.get(1).id(), 10, Duration.ZERO);

    assertThat(first).extracting(e -> e.delta().text()).containsExactly("a", "b");
    assertThat(rest).extracting(e -> e.delta().text()).containsExactly("c");
    assertThat(t.read("run", rest.get(0).id(), 10, Duration.ofMillis(10))).isEmpty();
  }

  @Test
  void nobodyReadingNeverBlocksThePublisherAndALateReaderIsToldOfTheGap() throws Exception {
    InJvmStreamTransport t = new InJvmStreamTransport(100, 10);
    for (int i = 0; i < 100_000; i++) {
      t.publish("run", text("t" + i));
    }

    List<StreamEntry> read = t.read("run", null, 1_000, Duration.ZERO);

    assertThat(read.get(0).marker()).isEqualTo(StreamEntry.Marker.GAP);
    assertThat(read).hasSize(101);
    assertThat(read.get(1).delta().text()).isEqualTo("t99900");
    assertThat(read.get(100).delta().text()).isEqualTo("t99999");
  }

  @Test
  void aWaitingReaderWakesOnPublish() throws Exception {
    InJvmStreamTransport t = new InJvmStreamTransport();
    CompletableFuture<List<StreamEntry>> waiting = CompletableFuture.supplyAsync(() -> {
      try {
        return t.read("run", null, 10, Duration.ofMinutes(1));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });

    t.publish("run", text("hello"));

    assertThat(waiting.get(30, TimeUnit.SECONDS)).extracting(e -> e.delta().text()).containsExactly("hello");
  }

  @Test
  void theLeastRecentlyUsedStreamIsForgottenAndItsReadersToldOfTheGap() throws Exception {
    InJvmStreamTransport t = new InJvmStreamTransport(10, 2);
    t.publish("old", text("x"));
    String cursor = t.read("old", null, 1, Duration.ZERO).get(0).id();
    t.publish("b", text("y"));
    t.publish("c", text("z"));

    assertThat(t.read("old", cursor, 10, Duration.ZERO)).extracting(StreamEntry::marker).containsExactly(StreamEntry.Marker.GAP);
  }

  @Test
  void aForeignCursorIsAClearError() {
    InJvmStreamTransport t = new InJvmStreamTransport();

    assertThatThrownBy(() -> t.read("run", "1700000000-0", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a cursor of this transport: '1700000000-0'");
  }
}
