package io.microagents.console.internal;

import com.sun.net.httpserver.HttpExchange;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunEvents;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A run's events as server-sent events: one {@code data:} line of JSON each, its {@code id}
 * the {@link RunEvents#cursor()} after it, so a browser that reconnects (it sends
 * {@code Last-Event-ID}) resumes with nothing lost or repeated. An {@code end} event says
 * every run of the tree has ended; a comment every few seconds finds a closed page.
 */
final class RunEventStream {

  private static final Duration HEARTBEAT = Duration.ofSeconds(5);

  private RunEventStream() {}

  static void serve(ConsoleSettings settings, HttpExchange exchange, String workflowId) throws IOException {
    String cursor = exchange.getRequestHeaders().getFirst("Last-Event-ID");
    RunEvents events;
    try {
      events = settings.client().events(workflowId, cursor == null || cursor.isBlank() ? null : cursor);
    } catch (IllegalArgumentException e) {
      Http.text(exchange, 404, e.getMessage());
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    try (events; OutputStream out = exchange.getResponseBody()) {
      write(out, "retry: 2000\n\n");
      while (true) {
        RunEvent e = events.poll(HEARTBEAT);
        if (e != null) {
          write(out, "id: " + events.cursor() + "\ndata: " + EventJson.of(e) + "\n\n");
        } else {
          String ended = endStatus(settings, workflowId);
          if (ended != null && !events.hasNext()) {
            write(out, "event: end\ndata: {\"status\":\"" + ended + "\"}\n\n");
            return;
          }
          write(out, ": waiting\n\n");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the console is closing
    } catch (IOException closedPage) {
      // The page went away: stop following.
    } finally {
      exchange.close();
    }
  }

  /**
   * How the run followed ended ("completed", "failed", …), or {@code null} while it runs: only
   * once it ended may {@code hasNext()} be asked without blocking for long.
   */
  private static String endStatus(ConsoleSettings settings, String workflowId) {
    WorkflowExecutionInfo info = RunPage.describe(settings.workflows(), workflowId);
    if (info == null) {
      return "unknown";
    }
    return info.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING ? null
        : WorkflowListing.status(info.getStatus());
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
