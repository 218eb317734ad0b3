package io.microagents.temporal;

import io.microagents.temporal.internal.EventCursor;
import io.microagents.temporal.internal.RunEventFollower;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The events of a durable run and the child agents it starts, in order, as they happen: an
 * iterator that blocks for the next one and ends when every run of the tree has ended. Step
 * events are read from history (any Temporal cluster), text deltas from the stream transport.
 * {@link #cursor()} after any event resumes from there in a new {@code AgentClient.events}
 * call, in this process or another. Close it to stop following.
 *
 * <pre>{@code
 * try (RunEvents events = client.events(workflowId)) {
 *   for (RunEvent e : (Iterable<RunEvent>) () -> events) {
 *     if (e instanceof RunEvent.Delta d) System.out.print(d.delta().text());
 *   }
 * }
 * }</pre>
 */
public final class RunEvents implements Iterator<RunEvent>, AutoCloseable {

  private final RunEventFollower follower;
  private final EventCursor cursor;
  private RunEvent next;
  private RunEventFollower.Queued nextQueued;
  private boolean done;

  RunEvents(RunEventFollower follower, EventCursor cursor) {
    this.follower = follower;
    this.cursor = cursor;
  }

  /** Waits for the next event; {@code false} once every run of the tree has ended and all is read. */
  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        fetch(Duration.ofSeconds(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for run events", e);
      }
    }
    return next != null;
  }

  /** The next event, waiting for it. */
  @Override
  public RunEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("The run and its children have ended");
    }
    return take();
  }

  /**
   * The next event, waiting at most {@code wait}; {@code null} when none came in time or the
   * runs have ended ({@link #hasNext()} tells which).
   */
  public RunEvent poll(Duration wait) throws InterruptedException {
    if (next == null && !done) {
      fetch(wait);
    }
    return next == null ? null : take();
  }

  /** Where the events returned so far end: pass it to {@code AgentClient.events(id, cursor)} to resume. */
  public String cursor() {
    return cursor.encode();
  }

  /** Stops following; the runs go on. */
  @Override
  public void close() {
    follower.close();
  }

  private void fetch(Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      RunEventFollower.Queued q = follower.poll(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      if (q == null) {
        return;
      }
      if (q == RunEventFollower.DONE) {
        done = true;
        return;
      }
      if (q.event() != null) {
        next = q.event();
        nextQueued = q;
        return;
      }
      cursor.apply(q.workflowId(), q.position()); // a step already told (its deltas came first): the cursor moves on
    }
  }

  private RunEvent take() {
    RunEvent e = next;
    if (nextQueued.position() != null) {
      cursor.apply(nextQueued.workflowId(), nextQueued.position());
    }
    if (e instanceof RunEvent.ChildStarted c) {
      cursor.apply(c.workflowId(), new EventCursor.Position(c.path(), null, -1, null));
    }
    next = null;
    nextQueued = null;
    return e;
  }
}
