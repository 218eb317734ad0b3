package io.microagents.console.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells an open inbox page that what waits for a person changed (someone answered first, a
 * run asked something new): looks every second and sends one {@code changed} event, then
 * ends. The page reloads.
 */
final class InboxEvents {

  private InboxEvents() {}

  static void serve(ConsoleSettings settings, ExecutorService pool, HttpExchange exchange, String since)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      write(out, "retry: 2000\n\n");
      while (!Thread.currentThread().isInterrupted()) {
        String now;
        try {
          now = InboxScan.fingerprint(InboxScan.scan(settings, pool));
        } catch (RuntimeException e) {
          now = since; // the server did not answer this time: look again
        }
        if (!now.equals(since)) {
          write(out, "event: changed\ndata: " + now + "\n\n");
          return;
        }
        write(out, ": unchanged\n\n"); // also finds a page that was closed
        TimeUnit.SECONDS.sleep(1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the console is closing
    } catch (IOException closedPage) {
      // The page went away.
    } finally {
      exchange.close();
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
