package io.microagents.temporal.internal;

import io.microagents.temporal.RunEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One workflow of a run tree that {@link RunEventFollower} follows: where its reading stands,
 * and what its history thread and its delta thread tell each other (guarded by this object's
 * monitor) so that a model call's deltas come after its start and before its finish.
 */
final class FollowedWorkflow {

  final String id;
  final String path;
  final HistoryEventMapper mapper;
  volatile EventCursor.Position position;
  volatile boolean historyDone;
  volatile boolean deltasDone;
  final Map<String, Integer> attempts = new HashMap<>(); // the latest attempt whose deltas were told, by call
  final Set<String> ended = new HashSet<>(); // "call#attempt" whose END was read
  final Set<String> started = new HashSet<>(); // model calls whose start was told (or read before the cursor)
  String agent; // the agent of the last model call told
  boolean poked; // a delta came for a call history has not shown yet: poll now
  boolean streamed; // deltas were seen: this workflow's worker streams
  boolean silent; // waited once for deltas that never came: the worker does not stream
  Set<String> lastPending = Set.of();
  boolean inTask; // the last history event read started a workflow task: all before it is told
  final List<RunEvent.ModelCallStarted> localStarts = new ArrayList<>(); // read from the stream, not yet told
  final Set<String> openLocal = new HashSet<>(); // local calls told started from the stream, not yet finished

  FollowedWorkflow(String id, EventCursor.Position from, HistoryEventMapper mapper) {
    this.id = id;
    this.path = from.path();
    this.position = from;
    this.mapper = mapper;
  }

  /** Whether its history and (when there is a transport) its deltas have been read to their end. */
  boolean done(boolean withDeltas) {
    return historyDone && (!withDeltas || deltasDone);
  }

  /**
   * The start of a local call (the low-latency mode), read from the stream: it may be told once
   * history is told up to the workflow task that runs the call (its last event read started a
   * task) and no local call told before it waits for its finish; else it waits for that.
   */
  synchronized void localStart(RunEvent.ModelCallStarted s) {
    if (!started.contains(s.call()) && localStarts.stream().noneMatch(p -> p.call().equals(s.call()))) {
      localStarts.add(s);
    }
    poked = true;
    notifyAll();
  }

  /** A model call's finish was told: a local start waiting for it may come next. */
  synchronized void finished(String call) {
    openLocal.remove(call);
  }

  /** History was read up to this event (a workflow task's start: the local calls in it may be told). */
  synchronized void read(io.temporal.api.history.v1.HistoryEvent e) {
    inTask = e.hasWorkflowTaskStartedEventAttributes();
  }

  /** The local start that may be told now, marked open; {@code null} when none may. */
  synchronized RunEvent.ModelCallStarted localStartDue() {
    if (!inTask || !openLocal.isEmpty() || localStarts.isEmpty()) {
      return null;
    }
    RunEvent.ModelCallStarted s = localStarts.remove(0);
    openLocal.add(s.call());
    return s;
  }

  /** Told before the cursor: known, not told again. */
  synchronized void knownStart(RunEvent.ModelCallStarted s) {
    started.add(s.call());
    agent = s.agent();
  }

  /**
   * A call's deltas come after its start: asks the history reader to look now (it may be
   * pausing between polls) and waits until it has told the start — for a while: history cannot
   * lag behind a delta for long, since a call is recorded before it runs.
   */
  synchronized void awaitStart(String call) throws InterruptedException {
    boolean local = localStarts.stream().anyMatch(p -> p.call().equals(call)); // told when an earlier call's task ends
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(local ? 60 : 5);
    poked = true;
    notifyAll();
    while (!started.contains(call) && !historyDone && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
  }

  /**
   * Waits a little for the end of the deltas of a call's attempt: long when this workflow
   * streams, shortly once to find out whether it does.
   */
  synchronized void awaitEnd(String call, int attempt) throws InterruptedException {
    if (silent && !streamed) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(streamed ? 2000 : 300);
    while (!ended.contains(call + "#" + attempt) && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    silent = !streamed && attempts.isEmpty();
  }

  /** The END of an attempt's deltas was read. */
  synchronized void ended(String call, int attempt) {
    ended.add(call + "#" + attempt);
    streamed = true;
    notifyAll();
  }

  /** A delta of this attempt is told; returns the attempt told before it for the call, or {@code null}. */
  synchronized Integer deltaOf(String call, int attempt) {
    streamed = true;
    return attempts.put(call, attempt);
  }

  /** Waits 100 ms before polling again, or less when a delta of an unknown call asks to look now. */
  synchronized void rest() throws InterruptedException {
    if (!poked) {
      wait(100);
    }
    poked = false;
  }
}
