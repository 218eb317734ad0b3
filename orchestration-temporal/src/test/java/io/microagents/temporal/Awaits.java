package io.microagents.temporal;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits in tests for a condition read from a workflow (each check is a query round trip). */
final class Awaits {

  private Awaits() {}

  static <T> T until(Supplier<T> read, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    T value = read.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Condition not met within 20s; last value: " + value);
      }
      Thread.onSpinWait();
      value = read.get();
    }
    return value;
  }
}
