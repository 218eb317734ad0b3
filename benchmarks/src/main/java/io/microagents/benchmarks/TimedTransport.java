package io.microagents.benchmarks;

import io.microagents.stream.StreamEntry;
import io.microagents.stream.StreamTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A transport that notes when each delta was published (the model's listener saw it) before
 * handing it on, so the benchmark can tell what the transport and the events API add to each
 * token: worker and reader share this JVM, so {@code System.nanoTime()} compares.
 */
final class TimedTransport implements StreamTransport {

  private final StreamTransport inner;
  private final Map<String, List<Long>> published = new ConcurrentHashMap<>();

  TimedTransport(StreamTransport inner) {
    this.inner = inner;
  }

  @Override
  public void publish(String key, StreamEntry entry) {
    if (entry.delta() != null) {
      published.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime());
    }
    inner.publish(key, entry);
  }

  @Override
  public List<StreamEntry> read(String key, String after, int max, Duration wait) throws InterruptedException {
    return inner.read(key, after, max, wait);
  }

  /** When the deltas of stream {@code key} were published, in order. */
  List<Long> published(String key) {
    return published.getOrDefault(key, List.of());
  }

  @Override
  public void close() {
    inner.close();
  }
}
