package io.microagents.examples.steps;

import com.google.protobuf.ByteString;
import com.google.protobuf.util.Timestamps;
import io.grpc.StatusRuntimeException;
import io.microagents.examples.StepPrinter;
import io.microagents.temporal.AgentClient;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prints workflows' steps as they happen, by polling their event histories — the followed
 * workflow and every child it starts — and printing new events of all of them in the order
 * the server recorded them. Works for any client (the process running the worker, or a
 * separate {@code start}) because it reads only what the server recorded.
 *
 * <p>Polled rather than long-polled: the Java test server behind the embedded default does
 * not implement {@code waitNewEvent} correctly.
 */
public final class HistoryFollower implements AutoCloseable {

  private static final long POLL_MILLIS = 100;

  /** One workflow followed: what of its current run has been printed. */
  private static final class Followed {
    final HistoryEventPrinter printer;
    long seen;
    boolean closed;
    /** The current run's first event, to notice a new run (continue-as-new) of the same workflow id. */
    String run;

    Followed(HistoryEventPrinter printer) {
      this.printer = printer;
    }
  }

  private record Pending(HistoryEvent event, Followed workflow) {}

  private final WorkflowClient client;
  private final AgentClient agents;
  private final List<TokenFollower> tokens = new ArrayList<>();
  private final StepPrinter printer;
  private final RetryReporter retries;
  private final Map<String, Followed> workflows = new LinkedHashMap<>();
  private final Thread thread;
  private long ticks;
  private boolean stopping;

  /** Follows workflows of this client, printing to this printer. */
  public HistoryFollower(WorkflowClient client, StepPrinter printer) {
    this(client, printer, null);
  }

  /**
   * Follows workflows of this client, printing to this printer, and the model's output as it
   * streams when {@code agents} reads a stream transport ({@code null}: steps only).
   */
  public HistoryFollower(WorkflowClient client, StepPrinter printer, AgentClient agents) {
    this.agents = agents;
    this.client = client;
    this.printer = printer;
    this.retries = new RetryReporter(client, printer);
    this.thread = new Thread(this::loop, "history-follower");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Starts following a workflow (and the children it starts) until it closes. */
  public synchronized void follow(String workflowId) {
    if (agents != null && !workflows.containsKey(workflowId) && !stopping) {
      try {
        tokens.add(new TokenFollower(agents, workflowId, printer));
      } catch (RuntimeException e) {
        // no such run yet, or the server is unreachable: steps only, as the history says
      }
    }
    followChild(workflowId);
  }

  private synchronized void followChild(String workflowId) {
    workflows.computeIfAbsent(workflowId, id -> new Followed(
        new HistoryEventPrinter(id, client.getOptions().getDataConverter(), printer, this::followChild, retries)));
  }

  /** Waits until everything recorded so far has been printed (one full poll after now). */
  public void catchUp() throws InterruptedException {
    synchronized (this) {
      long target = ticks + 2;
      while (ticks < target && thread.isAlive()) {
        wait(1000);
      }
    }
  }

  /** Waits until every followed workflow has closed and been printed, its streamed text too, at most {@code seconds}. */
  public void awaitPrinted(long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    synchronized (this) {
      while (workflows.values().stream().anyMatch(w -> !w.closed) && System.nanoTime() < deadline && thread.isAlive()) {
        wait(200);
      }
    }
    List<TokenFollower> streaming;
    synchronized (this) {
      streaming = List.copyOf(tokens);
    }
    for (TokenFollower t : streaming) { // the text streamed so far, to its end
      t.await(Math.max(0, deadline - System.nanoTime()));
    }
  }

  /** Stops following. */
  @Override
  public void close() {
    synchronized (this) {
      stopping = true;
      tokens.forEach(TokenFollower::close);
    }
    thread.interrupt();
  }

  private void loop() {
    String lastError = null;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          poll();
          lastError = null;
        } catch (StatusRuntimeException e) {
          synchronized (this) {
            if (stopping) {
              return; // The session is closing: nothing more to print.
            }
          }
          // A hiccup (a deadline, a server restarting) must not end the steps: say so once, poll again.
          String error = e.getStatus().getCode() + ": " + e.getStatus().getDescription();
          if (!error.equals(lastError)) {
            printer.step("(cannot read the history right now, trying again: " + error + ")");
          }
          lastError = error;
        }
        synchronized (this) {
          ticks++;
          notifyAll();
          if (stopping) {
            return;
          }
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (this) {
        notifyAll();
      }
    }
  }

  private void poll() {
    List<Pending> pending = new ArrayList<>();
    List<String> polled = new ArrayList<>();
    // Children started in this round are polled in it too, so their steps interleave in time.
    for (List<String> open = open(polled); !open.isEmpty(); open = open(polled)) {
      for (String id : open) {
        polled.add(id);
        Followed w;
        synchronized (this) {
          w = workflows.get(id);
        }
        List<HistoryEvent> events = fetchIfExists(id);
        if (!events.isEmpty() && !runOf(events.get(0)).equals(w.run)) {
          if (w.run != null) {
            w.printer.newRun(); // continued as new: the new run's events count from 1 again
          }
          w.run = runOf(events.get(0));
          w.seen = 0;
        }
        for (HistoryEvent e : events) {
          if (e.getEventId() > w.seen) {
            w.seen = e.getEventId();
            pending.add(new Pending(e, w));
            if (e.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
              followChild(e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId());
            }
          }
        }
      }
    }
    pending.sort(Comparator.comparingLong(p -> Timestamps.toNanos(p.event().getEventTime())));
    for (Pending p : pending) {
      boolean closed = p.workflow().printer.print(p.event());
      // A run that continued as new goes on under the same id: keep following it.
      if (closed && !p.event().hasWorkflowExecutionContinuedAsNewEventAttributes()) {
        synchronized (this) {
          p.workflow().closed = true;
        }
      }
    }
    // Retries are not in history until they end: ask for them every ten polls (once a second).
    if (ticks % 10 == 0) {
      for (String id : open(List.of())) {
        Followed w;
        synchronized (this) {
          w = workflows.get(id);
        }
        retries.report(id, w.printer::timeouts);
      }
    }
  }

  private synchronized List<String> open(List<String> alreadyPolled) {
    List<String> open = new ArrayList<>();
    workflows.forEach((id, w) -> {
      if (!w.closed && !alreadyPolled.contains(id)) {
        open.add(id);
      }
    });
    return open;
  }

  /** What identifies a run: its first event's time and the run it continued, if any. */
  private static String runOf(HistoryEvent first) {
    return Timestamps.toString(first.getEventTime()) + " "
        + first.getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId();
  }

  private List<HistoryEvent> fetchIfExists(String workflowId) {
    try {
      return fetch(workflowId);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND) {
        return List.of(); // Not recorded yet: try again next round.
      }
      throw e;
    }
  }

  private List<HistoryEvent> fetch(String workflowId) {
    List<HistoryEvent> all = new ArrayList<>();
    ByteString token = ByteString.EMPTY;
    do {
      GetWorkflowExecutionHistoryResponse page = client.getWorkflowServiceStubs().blockingStub()
          .withDeadlineAfter(30, TimeUnit.SECONDS)
          .getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
              .setNamespace(client.getOptions().getNamespace())
              .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
              .setNextPageToken(token)
              .build());
      all.addAll(page.getHistory().getEventsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return all;
  }
}
