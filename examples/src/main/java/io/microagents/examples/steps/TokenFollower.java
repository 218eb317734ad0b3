package io.microagents.examples.steps;

import io.microagents.examples.StepPrinter;
import io.microagents.stream.ModelDelta;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunEvents;

/**
 * Prints a run tree's model output as it streams, child agents' text prefixed with their
 * path, beside the step lines {@link HistoryFollower} prints. Reads {@code AgentClient.events};
 * where the workers do not stream (no shared transport), there are no deltas and only the
 * step lines show.
 */
final class TokenFollower implements AutoCloseable {

  private final RunEvents events;
  private final Thread thread;

  TokenFollower(AgentClient agents, String workflowId, StepPrinter printer) {
    this.events = agents.events(workflowId);
    this.thread = new Thread(() -> print(printer), "token-follower-" + workflowId);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void print(StepPrinter printer) {
    try {
      while (events.hasNext()) {
        RunEvent e = events.next();
        if (e instanceof RunEvent.Delta d && d.delta().kind() == ModelDelta.Kind.TEXT) {
          printer.tokens(speaker(d.path(), d.agent()), d.delta().text());
        } else if (e instanceof RunEvent.ModelCallFinished f) {
          printer.endTokens(speaker(f.path(), f.agent()));
        } else if (e instanceof RunEvent.PartialOutputDiscarded p) {
          printer.step("(the model call is retried: the text above is discarded)");
        }
      }
    } catch (RuntimeException e) {
      // closed, or the server went away: the step lines go on without tokens
    }
  }

  /** Waits up to {@code nanos} until the run tree's events have all been read. */
  void await(long nanos) throws InterruptedException {
    thread.join(Math.max(1, nanos / 1_000_000));
  }

  private static String speaker(String path, String agent) {
    return path.isEmpty() ? agent : agent + " [" + path + "]";
  }

  @Override
  public void close() {
    events.close();
    thread.interrupt();
  }
}
