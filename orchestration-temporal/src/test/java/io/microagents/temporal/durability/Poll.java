package io.microagents.temporal.durability;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, checking it every few milliseconds, and fails
 * naming what it waited for. The only way these tests wait for something they cannot be
 * told about (a file growing, another process reaching a point): no fixed sleeps.
 */
public final class Poll {

  private static final long PAUSE_NANOS = Duration.ofMillis(20).toNanos();

  private Poll() {}

  /** Returns once {@code condition} holds; fails after {@code timeout}. */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    value(what, timeout, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  /** Returns the first value {@code probe} yields; fails after {@code timeout}. */
  public static <T> T value(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> v = probe.get();
      if (v.isPresent()) {
        return v.get();
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Timed out after " + timeout.toSeconds() + "s waiting for: " + what);
      }
      LockSupport.parkNanos(PAUSE_NANOS);
    }
  }
}
