package io.microagents.temporal.durability;

import java.io.IOException;

/**
 * Ends a helper process when the test that started it goes away: its stdin is a pipe from
 * the test's JVM, which closes when that JVM exits, however it exits. So no server or worker
 * outlives a crashed or killed test run.
 */
final class ParentWatch {

  private ParentWatch() {}

  /** Starts a daemon thread that exits this JVM once stdin reaches its end. */
  static void exitWhenStdinCloses() {
    Thread t = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // commands are not expected; drain until the parent closes the pipe
        }
      } catch (IOException e) {
        // the pipe broke: the parent is gone as well
      }
      Runtime.getRuntime().halt(0);
    }, "parent-watch");
    t.setDaemon(true);
    t.start();
  }
}
