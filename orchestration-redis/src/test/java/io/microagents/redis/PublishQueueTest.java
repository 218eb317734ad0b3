package io.microagents.redis;

import static io.microagents.redis.Reads.delta;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishQueueTest {

  @Test
  void aFullQueueDropsTheOldestAndMarksItsStreamForAGap() throws Exception {
    PublishQueue queue = new PublishQueue(3);
    queue.offer("a", delta("a1"));
    queue.offer("b", delta("b1"));
    queue.offer("a", delta("a2"));
    queue.offer("b", delta("b2")); // drops a1

    PublishQueue.Batch batch = queue.take(10, 0);

    assertThat(batch.gaps()).containsExactly("a");
    assertThat(batch.items()).extracting(i -> i.key() + ":" + Reads.text(i.entry())).containsExactly("b:b1", "a:a2", "b:b2");
    assertThat(queue.dropped()).isEqualTo(1);
    assertThat(queue.take(10, 1_000_000)).isNull();
  }

  @Test
  void failedWritesAreGapsOfTheNextBatchAndTakingIsBounded() throws Exception {
    PublishQueue queue = new PublishQueue(10);
    for (int i = 0; i < 5; i++) {
      queue.offer("k", delta(Integer.toString(i)));
    }
    assertThat(queue.take(2, 0).items()).hasSize(2);
    queue.markGaps(List.of("k", "other"));
    PublishQueue.Batch next = queue.take(2, 0);
    assertThat(next.gaps()).containsExactly("k", "other");
    assertThat(next.keys()).containsExactly("k", "other");
    assertThat(queue.size()).isEqualTo(1);
  }

  @Test
  void aBatchPutBackGoesFirstAndOverflowsFromItsOldest() throws Exception {
    PublishQueue queue = new PublishQueue(3);
    queue.offer("a", delta("a1"));
    queue.offer("a", delta("a2"));
    PublishQueue.Batch taken = queue.take(10, 0);
    queue.offer("b", delta("b1"));
    queue.offer("b", delta("b2"));
    queue.putBack(taken); // 4 entries for 3 places: a1 goes

    PublishQueue.Batch again = queue.take(10, 0);
    assertThat(again.gaps()).containsExactly("a");
    assertThat(again.items()).extracting(i -> Reads.text(i.entry())).containsExactly("a2", "b1", "b2");
  }

  @Test
  void afterCloseOffersAreIgnoredAndWhatIsQueuedCanStillBeTaken() throws Exception {
    PublishQueue queue = new PublishQueue(10);
    queue.offer("k", delta("before"));
    queue.close();
    queue.offer("k", delta("after"));
    assertThat(queue.take(10, 0).items()).extracting(i -> Reads.text(i.entry())).containsExactly("before");
    assertThat(queue.take(10, 10_000_000_000L)).isNull(); // closed: at once, no wait
    assertThat(queue.awaitWork(10_000_000_000L)).isFalse();
    assertThat(queue.awaitClose(10_000_000_000L)).isTrue();
  }
}
