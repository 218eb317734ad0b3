package io.microagents.temporal.internal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.microagents.stream.StreamEntry;
import io.microagents.stream.StreamTransport;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunStatus;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import com.google.protobuf.ByteString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final Map<String, Followed> followed = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean closed;
  private final boolean longPoll;

  /** One workflow followed. */
  private final class Followed {
    final String id;
    final String path;
    final HistoryEventMapper mapper;
    volatile EventCursor.Position position;
    volatile boolean historyDone;
    volatile boolean deltasDone;
    final Map<String, Integer> attempts = new HashMap<>();
    final Set<String> ended = new HashSet<>();
    final Set<String> started = new HashSet<>(); // model calls whose start was told (or read before the cursor)
    String agent; // the agent of the last model call told
    boolean poked; // a delta came for a call history has not shown yet: poll now
    boolean streamed;
    boolean silent; // waited once for deltas that never came: the worker does not stream
    Set<String> lastPending = Set.of();

    Followed(String id, EventCursor.Position from) {
      this.id = id;
      this.path = from.path();
      this.position = from;
      this.mapper = new HistoryEventMapper(path, payloads, RunEventFollower.this::pathOf);
    }
  }

  /** Starts following the run {@code rootId} (its children as they start) from {@code cursor}. */
  public RunEventFollower(WorkflowClient client, StreamTransport streams, String rootId, EventCursor cursor) {
    this.client = client;
    this.payloads = new HistoryPayloads(client);
    this.streams = streams;
    this.rootId = rootId;
    this.longPoll = holdsPollsOpen(client);
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

  /**
   * Whether the server holds a history request open until new events come: a Temporal server
   * does (it has a version); the Java test server answers such a request only when the
   * history grows, even with events it has not yet returned, so it is polled.
   */
  private static boolean holdsPollsOpen(WorkflowClient client) {
    try {
      return !client.getWorkflowServiceStubs().blockingStub().withDeadlineAfter(10, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance()).getServerVersion().isEmpty();
    } catch (StatusRuntimeException e) {
      return false;
    }
  }

  private String pathOf(String childId) {
    return childId.startsWith(rootId + "/") ? childId.substring(rootId.length() + 1) : childId;
  }

  private synchronized void follow(String id, EventCursor.Position from) {
    if (closed || followed.containsKey(id)) {
      return;
    }
    Followed w = new Followed(id, from);
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
  private void emit(Followed w, RunEvent event, EventCursor.Position position) {
    if (event == null && position == null) {
      return;
    }
    try {
      queue.put(new Queued(event, w.id, position));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readHistory(Followed w) {
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
          run = firstRun(w.id);
        }
        if (longPoll) { // one page, held open by the server until there are new events
          GetWorkflowExecutionHistoryResponse page = page(w.id, run, token, true);
          events.addAll(page.getHistory().getEventsList());
          token = page.getNextPageToken();
          runClosed = token.isEmpty();
        } else { // the whole history again, every page
          ByteString next = ByteString.EMPTY;
          do {
            GetWorkflowExecutionHistoryResponse page = page(w.id, run, next, false);
            events.addAll(page.getHistory().getEventsList());
            next = page.getNextPageToken();
          } while (!next.isEmpty());
          runClosed = !events.isEmpty() && closes(events.get(events.size() - 1));
        }
      } catch (StatusRuntimeException e) {
        if (closed || e.getStatus().getCode() == Status.Code.NOT_FOUND && !w.id.equals(rootId)) {
          w.historyDone = true; // gone (retention) or never started: nothing more to read
          return;
        }
        pause(e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED ? 0 : 1000);
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
          out.stream().filter(RunEvent.ModelCallStarted.class::isInstance).forEach(ev -> {
            synchronized (w) { // told before the cursor: known, not told again
              w.started.add(((RunEvent.ModelCallStarted) ev).call());
              w.agent = ((RunEvent.ModelCallStarted) ev).agent();
            }
          });
          continue; // children started before the cursor are in it, followed from their own positions
        }
        sawTask |= e.hasWorkflowTaskCompletedEventAttributes();
        String childEnded = endedChild(e);
        if (childEnded != null) {
          awaitDone(childEnded); // the child's events come before what its parent does next
        }
        EventCursor.Position at = new EventCursor.Position(w.path, run, e.getEventId(), null);
        for (int i = 0; i < out.size(); i++) {
          RunEvent ev = out.get(i);
          EventCursor.Position move = i == out.size() - 1 ? at : null;
          if (ev instanceof RunEvent.ModelCallFinished f) {
            awaitEnd(w, f.call());
          }
          if (ev instanceof RunEvent.ModelCallStarted s) {
            tellStart(w, s, move);
          } else {
            emit(w, ev, move);
          }
        }
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
        rest(w); // polled, or a server that answered at once with nothing
      }
    }
  }

  private static String endedChild(HistoryEvent e) {
    if (e.hasChildWorkflowExecutionCompletedEventAttributes()) {
      return e.getChildWorkflowExecutionCompletedEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionFailedEventAttributes()) {
      return e.getChildWorkflowExecutionFailedEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionCanceledEventAttributes()) {
      return e.getChildWorkflowExecutionCanceledEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionTerminatedEventAttributes()) {
      return e.getChildWorkflowExecutionTerminatedEventAttributes().getWorkflowExecution().getWorkflowId();
    } else if (e.hasChildWorkflowExecutionTimedOutEventAttributes()) {
      return e.getChildWorkflowExecutionTimedOutEventAttributes().getWorkflowExecution().getWorkflowId();
    }
    return null;
  }

  /** Waits (for a while) until a followed child's history and deltas have been read to their end. */
  private void awaitDone(String childId) {
    Followed child = followed.get(childId);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (child != null && !(child.historyDone && (streams == null || child.deltasDone)) && !closed
        && System.nanoTime() < deadline) {
      pause(5);
    }
  }

  private GetWorkflowExecutionHistoryResponse page(String id, String run, ByteString token, boolean wait) {
    return client.getWorkflowServiceStubs().blockingStub().withDeadlineAfter(wait ? 65 : 20, TimeUnit.SECONDS)
        .getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(id).setRunId(run))
            .setNextPageToken(token).setWaitNewEvent(wait).build());
  }

  /** The first run of the workflow's continue-as-new chain: events are read from its start. */
  private String firstRun(String id) {
    GetWorkflowExecutionHistoryResponse page = client.getWorkflowServiceStubs().blockingStub()
        .withDeadlineAfter(20, TimeUnit.SECONDS)
        .getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(id)).setMaximumPageSize(1).build());
    var started = page.getHistory().getEvents(0).getWorkflowExecutionStartedEventAttributes();
    return started.getFirstExecutionRunId();
  }

  private static boolean closes(HistoryEvent last) {
    return last.hasWorkflowExecutionCompletedEventAttributes() || last.hasWorkflowExecutionFailedEventAttributes()
        || last.hasWorkflowExecutionTerminatedEventAttributes() || last.hasWorkflowExecutionCanceledEventAttributes()
        || last.hasWorkflowExecutionTimedOutEventAttributes() || last.hasWorkflowExecutionContinuedAsNewEventAttributes();
  }

  private void reportPending(Followed w) {
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

  private void readDeltas(Followed w) {
    String after = w.position.stream();
    while (!closed && !Thread.currentThread().isInterrupted()) {
      boolean last = w.historyDone;
      List<StreamEntry> entries;
      try {
        entries = streams.read(w.id, after, 256, last ? Duration.ZERO : Duration.ofMillis(500));
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        pause(500);
        continue;
      }
      for (StreamEntry entry : entries) {
        after = entry.id();
        EventCursor.Position at = new EventCursor.Position(w.path, null, -1, after);
        if (entry.marker() == StreamEntry.Marker.GAP) {
          emit(w, new RunEvent.StreamGap(w.path), at);
        } else if (entry.marker() == StreamEntry.Marker.END) {
          synchronized (w) {
            w.ended.add(entry.call() + "#" + entry.attempt());
            w.streamed = true;
            w.notifyAll();
          }
        } else if (entry.delta() != null) {
          awaitStart(w, entry.call());
          Integer before;
          synchronized (w) {
            before = w.attempts.put(entry.call(), entry.attempt());
            w.streamed = true;
          }
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

  /** Tells that a model call started; a call by another agent than the last one told is a handoff, told first. */
  private void tellStart(Followed w, RunEvent.ModelCallStarted s, EventCursor.Position move) {
    synchronized (w) {
      if (w.agent != null && !w.agent.equals(s.agent())) {
        emit(w, new RunEvent.Handoff(w.path, w.agent, s.agent()), null);
      }
      w.agent = s.agent();
      emit(w, s, move);
      w.started.add(s.call());
      w.notifyAll();
    }
  }

  /**
   * A call's deltas come after its start: asks the history reader to look now (it may be
   * pausing between polls) and waits until it has told the start — for a while: history cannot
   * lag behind a delta for long, since a call is recorded before it runs.
   */
  private static void awaitStart(Followed w, String call) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    synchronized (w) {
      w.poked = true;
      w.notifyAll();
      while (!w.started.contains(call) && !w.historyDone && System.nanoTime() < deadline) {
        try {
          w.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Waits a little for the end of a call's deltas: long when this workflow streams, shortly once to find out. */
  private void awaitEnd(Followed w, String call) {
    if (streams == null) {
      return;
    }
    synchronized (w) {
      if (w.silent && !w.streamed) {
        return;
      }
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(w.streamed ? 2000 : 300);
    synchronized (w) {
      while (w.ended.stream().noneMatch(k -> k.startsWith(call + "#")) && System.nanoTime() < deadline) {
        try {
          w.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      w.silent = !w.streamed && w.attempts.isEmpty();
    }
  }

  /** Waits 100 ms before polling again, or less when a delta of an unknown call asks to look now. */
  private static void rest(Followed w) {
    synchronized (w) {
      try {
        if (!w.poked) {
          w.wait(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      w.poked = false;
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
