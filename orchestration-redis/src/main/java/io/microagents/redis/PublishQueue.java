package io.microagents.redis;

import io.microagents.stream.StreamEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries waiting for the sender: at most {@code capacity}, the oldest dropped first when
 * full. Each stream that lost entries (dropped here, or in a write that failed) is remembered,
 * and the sender writes a GAP to it before anything newer: every entry still queued for that
 * stream is newer than what was lost.
 */
final class PublishQueue {

  /** One entry for the stream {@code key}. */
  record Item(String key, StreamEntry entry) {}

  /**
   * What the sender writes next, in this order: a GAP to each of {@code gaps}, then {@code items}.
   */
  record Batch(Set<String> gaps, List<Item> items) {
    /** Every stream this batch writes to. */
    Set<String> keys() {
      Set<String> keys = new LinkedHashSet<>(gaps);
      items.forEach(i -> keys.add(i.key()));
      return keys;
    }
  }

  private final int capacity;
  private final ArrayDeque<Item> items = new ArrayDeque<>();
  private Set<String> gaps = new LinkedHashSet<>();
  private long dropped;
  private boolean closed;
  private boolean senderWaiting;

  PublishQueue(int capacity) {
    this.capacity = capacity;
  }

  /** Queues an entry; never waits. After {@link #close} the entry is ignored. */
  synchronized void offer(String key, StreamEntry entry) {
    if (closed) {
      return;
    }
    if (items.size() >= capacity) {
      gaps.add(items.removeFirst().key());
      dropped++;
    }
    items.addLast(new Item(key, entry));
    if (senderWaiting) {
      notifyAll();
    }
  }

  /**
   * The pending GAPs and up to {@code max} of the oldest entries, waiting up to
   * {@code timeoutNanos} for something; {@code null} when nothing came (at once when closed).
   */
  synchronized Batch take(int max, long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    while (items.isEmpty() && gaps.isEmpty() && !closed) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      senderWaiting = true;
      try {
        wait(Math.max(1, left / 1_000_000));
      } finally {
        senderWaiting = false;
      }
    }
    if (items.isEmpty() && gaps.isEmpty()) {
      return null;
    }
    List<Item> batch = new ArrayList<>(Math.min(max, items.size()));
    while (batch.size() < max && !items.isEmpty()) {
      batch.add(items.removeFirst());
    }
    Set<String> pending = gaps;
    gaps = new LinkedHashSet<>();
    return new Batch(pending, batch);
  }

  /**
   * Puts a batch that was not written back in front, its GAPs pending again; when that
   * overfills the queue, its oldest entries are dropped (and their streams get a GAP).
   */
  synchronized void putBack(Batch batch) {
    gaps.addAll(batch.gaps());
    List<Item> back = batch.items();
    for (int i = back.size() - 1; i >= 0; i--) {
      items.addFirst(back.get(i));
    }
    while (items.size() > capacity) {
      gaps.add(items.removeFirst().key());
      dropped++;
    }
  }

  /**
   * Waits up to {@code nanos} until there is something to write or the queue is closed;
   * whether there is something to write.
   */
  synchronized boolean awaitWork(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    for (long left = nanos; items.isEmpty() && gaps.isEmpty() && !closed && left > 0; left = deadline - System.nanoTime()) {
      senderWaiting = true;
      try {
        wait(Math.max(1, left / 1_000_000));
      } finally {
        senderWaiting = false;
      }
    }
    return !items.isEmpty() || !gaps.isEmpty();
  }

  /** Remembers that these streams lost entries (a write that failed). */
  synchronized void markGaps(Collection<String> keys) {
    gaps.addAll(keys);
  }

  /** Stops accepting entries and wakes the sender; what is queued can still be taken. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  synchronized boolean closed() {
    return closed;
  }

  /** Waits up to {@code nanos}, returning early when the queue is closed; whether it is. */
  synchronized boolean awaitClose(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    for (long left = nanos; !closed && left > 0; left = deadline - System.nanoTime()) {
      wait(Math.max(1, left / 1_000_000));
    }
    return closed;
  }

  /** Entries dropped because the queue was full, since it was made. */
  synchronized long dropped() {
    return dropped;
  }

  synchronized int size() {
    return items.size();
  }
}
