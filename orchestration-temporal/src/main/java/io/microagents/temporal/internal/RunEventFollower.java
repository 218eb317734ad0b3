package io.microagents.temporal.internal;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.microagents.stream.StreamEntry;
import io.microagents.stream.StreamTransport;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Follows a run tree for {@code RunEvents}: per workflow, one thread long-polls its history
 * (waiting for new events on the server; a short pause where a server answers at once, as the
 * Java test server does) and one reads its deltas from the stream transport. Both put events
 * in one bounded queue, each with the cursor change it makes. A model call's finish waits
 * briefly for the end of its deltas, so a call's text comes before its finish.
 */
public final class RunEventFollower implements AutoCloseable {

  /**
   * An event for the reader, with what it moves in the cursor ({@code null}: nothing); a
   * {@code null} event with a position only moves the cursor.
   */
  public record Queued(RunEvent event, String workflowId, EventCursor.Position position) {}

  /** The end: every workflow followed has ended and been read. */
  public static final Queued DONE = new Queued(null, null, null);

  private final WorkflowClient client;
  private final HistoryPayloads payloads;
  private final StreamTransport streams;
  private final String rootId;
  private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>(10_000);
  private final Map<String, FollowedWorkflow> followed = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean closed;
  private final boolean longPoll;
  private final HistoryPages pages;

  /** Starts following the run {@code rootId} (its children as they start) from {@code cursor}. */
  public RunEventFollower(WorkflowClient client, StreamTransport streams, String rootId, EventCursor cursor) {
    this.client = client;
    this.payloads = new HistoryPayloads(client);
    this.streams = streams;
    this.rootId = rootId;
    this.pages = new HistoryPages(client);
    this.longPoll = pages.holdsPollsOpen();
    Map<String, EventCursor.Position> from = cursor.positions();
    if (from.isEmpty()) {
      follow(rootId, new EventCursor.Position("", null, 0, null));
    }
    from.forEach(this::follow);
  }

  /** The next event, waiting up to {@code wait}; {@link #DONE} when every workflow followed ended; {@code null} on timeout. */
  public Queued poll(Duration wait) throws InterruptedException {
    return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private String pathOf(String childId) {
    return childId.startsWith(rootId + "/") ? childId.substring(rootId.length() + 1) : childId;
  }

  private synchronized void follow(String id, EventCursor.Position from) {
    if (closed || followed.containsKey(id)) {
      return;
    }
    FollowedWorkflow w = new FollowedWorkflow(id, from, new HistoryEventMapper(from.path(), payloads, this::pathOf));
    followed.put(id, w);
    start("microagents-events-history-" + id, () -> readHistory(w));
    if (streams != null) {
      start("microagents-events-stream-" + id, () -> readDeltas(w));
    }
  }

  private void start(String name, Runnable body) {
    running.incrementAndGet();
    Thread t = new Thread(() -> {
      try {
        body.run();
      } finally {
        if (running.decrementAndGet() == 0 && !closed) {
          queue.offer(DONE);
        }
      }
    }, name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  /** Queues an event; {@code event == null}: only the cursor moves. */
  private void emit(FollowedWorkflow w, RunEvent event, EventCursor.Position position) {
    if (event == null && position == null) {
      return;
    }
    try {
      queue.put(new Queued(event, w.id, position));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readHistory(FollowedWorkflow w) {
    String run = w.position.run();
    long skipTo = w.position.event(); // on resume: map silently up to here, to rebuild the mapper's state
    long mapped = 0; // the last event of this run given to the mapper
    ByteString token = ByteString.EMPTY;
    while (!closed && !Thread.currentThread().isInterrupted()) {
      long began = System.nanoTime();
      List<HistoryEvent> events = new ArrayList<>();
      boolean runClosed;
      try {
        if (run == null) {
          run = pages.firstRun(w.id);
        }
        if (longPoll) { // one page, held open by the server until there are new events
          GetWorkflowExecutionHistoryResponse page = pages.page(w.id, run, token, true);
          events.addAll(page.getHistory().getEventsList());
          token = page.getNextPageToken();
          runClosed = token.isEmpty();
        } else { // the whole history again, every page
          ByteString next = ByteString.EMPTY;
          do {
            GetWorkflowExecutionHistoryResponse page = pages.page(w.id, run, next, false);
            events.addAll(page.getHistory().getEventsList());
            next = page.getNextPageToken();
          } while (!next.isEmpty());
          runClosed = !events.isEmpty() && HistoryPages.closes(events.get(events.size() - 1));
        }
      } catch (StatusRuntimeException e) {
        if (closed || e.getStatus().getCode() == Status.Code.NOT_FOUND && !w.id.equals(rootId)) {
          w.historyDone = true; // gone (retention) or never started: nothing more to read
          return;
        }
        Waits.pause(e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED ? 0 : 1000);
        continue;
      }
      String continuedAs = null;
      boolean sawTask = false;
      for (HistoryEvent e : events) {
        if (e.getEventId() <= mapped) {
          continue;
        }
        mapped = e.getEventId();
        List<String> started = new ArrayList<>();
        List<RunEvent> out = w.mapper.map(e, started::add);
        if (e.hasWorkflowExecutionContinuedAsNewEventAttributes()) {
          continuedAs = e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
        }
        if (e.getEventId() <= skipTo) {
          out.stream().filter(RunEvent.ModelCallStarted.class::isInstance)
              .forEach(ev -> w.knownStart((RunEvent.ModelCallStarted) ev));
          continue; // children started before the cursor are in it, followed from their own positions
        }
        sawTask |= e.hasWorkflowTaskCompletedEventAttributes();
        String childEnded = HistoryPages.endedChild(e);
        if (childEnded != null) {
          awaitDone(childEnded); // the child's events come before what its parent does next
        }
        EventCursor.Position at = new EventCursor.Position(w.path, run, e.getEventId(), null);
        for (int i = 0; i < out.size(); i++) {
          RunEvent ev = out.get(i);
          EventCursor.Position move = i == out.size() - 1 ? at : null;
          if (ev instanceof RunEvent.ModelCallFinished f && streams != null) {
            Waits.quietly(() -> w.awaitEnd(f.call(), w.mapper.attemptOf(f.call())));
          }
          if (ev instanceof RunEvent.ModelCallStarted s) {
            tellStart(w, s, move);
          } else {
            emit(w, ev, move);
          }
          if (ev instanceof RunEvent.ModelCallFinished f) {
            w.finished(f.call());
          }
        }
        w.read(e);
        tellLocalStarts(w);
        for (String child : started) { // after its ChildStarted event: none of its events comes first
          follow(child, new EventCursor.Position(pathOf(child), null, 0, null));
        }
        w.position = at;
      }
      if (runClosed) {
        if (continuedAs == null) {
          w.historyDone = true;
          return;
        }
        run = continuedAs; // the same workflow goes on in a new run: its events count from 1 again
        skipTo = 0;
        mapped = 0;
        token = ByteString.EMPTY;
        continue;
      }
      if (sawTask && w.mapper.isAgentRun()) {
        reportPending(w);
      }
      if (!longPoll || events.isEmpty() && System.nanoTime() - began < 50_000_000L) {
        Waits.quietly(w::rest); // polled, or a server that answered at once with nothing
      }
    }
  }

  /** Waits (for a while) until a followed child's history and deltas have been read to their end. */
  private void awaitDone(String childId) {
    FollowedWorkflow child = followed.get(childId);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (child != null && !child.done(streams != null) && !closed
        && System.nanoTime() < deadline) {
      Waits.pause(5);
    }
  }

  private void reportPending(FollowedWorkflow w) {
    RunStatus status;
    try {
      status = client.newUntypedWorkflowStub(w.id).query("state", RunStatus.class);
    } catch (RuntimeException e) {
      return; // closed meanwhile, or not queryable: its history says the rest
    }
    Set<String> pending = new HashSet<>();
    status.questions().forEach(q -> pending.add("q:" + q.id()));
    status.approvals().forEach(a -> pending.add("a:" + a.callId()));
    if (!pending.isEmpty() && !pending.equals(w.lastPending)) {
      emit(w, new RunEvent.WaitingForPerson(w.path, status.questions(), status.approvals()), null);
    }
    w.lastPending = pending;
  }

  private void readDeltas(FollowedWorkflow w) {
    String after = w.position.stream();
    while (!closed && !Thread.currentThread().isInterrupted()) {
      boolean last = w.historyDone;
      List<StreamEntry> entries;
      try {
        entries = streams.read(w.id, after, 256, last ? Duration.ZERO : Duration.ofMillis(500));
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        Waits.pause(500);
        continue;
      }
      for (StreamEntry entry : entries) {
        after = entry.id();
        EventCursor.Position at = new EventCursor.Position(w.path, null, -1, after);
        if (entry.marker() == StreamEntry.Marker.GAP) {
          emit(w, new RunEvent.StreamGap(w.path), at);
        } else if (entry.marker() == StreamEntry.Marker.END) {
          w.ended(entry.call(), entry.attempt());
        } else if (entry.marker() == StreamEntry.Marker.START) { // a local call: its marker comes when it is over
          w.localStart(new RunEvent.ModelCallStarted(w.path, entry.agent(), entry.call()));
          tellLocalStarts(w);
        } else if (entry.delta() != null) {
          Waits.quietly(() -> w.awaitStart(entry.call()));
          Integer before = w.deltaOf(entry.call(), entry.attempt());
          if (before != null && before < entry.attempt()) {
            emit(w, new RunEvent.PartialOutputDiscarded(w.path, entry.call(), entry.attempt()), null);
          }
          emit(w, new RunEvent.Delta(w.path, entry.agent(), entry.call(), entry.attempt(), entry.delta()), at);
        }
      }
      if (last && entries.isEmpty()) {
        w.deltasDone = true;
        return;
      }
    }
  }

  /**
   * Tells that a model call started, once (a local call's start is told from its stream, then
   * read from its marker); a call by another agent than the last one told is a handoff, told first.
   */
  private void tellStart(FollowedWorkflow w, RunEvent.ModelCallStarted s, EventCursor.Position move) {
    synchronized (w) {
      w.localStarts.removeIf(p -> p.call().equals(s.call())); // its marker was read first
      if (w.started.contains(s.call())) {
        return;
      }
      if (w.agent != null && !w.agent.equals(s.agent())) {
        emit(w, new RunEvent.Handoff(w.path, w.agent, s.agent()), null);
      }
      w.agent = s.agent();
      emit(w, s, move);
      w.started.add(s.call());
      w.notifyAll();
    }
  }

  /** Tells the local calls' starts read from the stream that may be told now (see {@link FollowedWorkflow#localStart}). */
  private void tellLocalStarts(FollowedWorkflow w) {
    for (RunEvent.ModelCallStarted s = w.localStartDue(); s != null; s = w.localStartDue()) {
      tellStart(w, s, null);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      threads.forEach(Thread::interrupt);
    }
  }
}
