package io.microagents.temporal.internal;

/** Waiting in a follower's threads, where an interrupt means the follower is closing. */
final class Waits {

  /** A wait that may be interrupted. */
  interface Wait {
    void run() throws InterruptedException;
  }

  private Waits() {}

  /** Runs the wait; an interrupt ends it, with the thread's interrupt flag set again. */
  static void quietly(Wait wait) {
    try {
      wait.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closing: the thread's loop ends
    }
  }

  /** Sleeps, as {@link #quietly} does. */
  static void pause(long millis) {
    quietly(() -> Thread.sleep(millis));
  }
}
