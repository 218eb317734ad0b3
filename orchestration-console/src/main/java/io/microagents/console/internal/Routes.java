package io.microagents.console.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.microagents.console.RunLauncher;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every page, stream, form post and asset of the console, behind the {@link AccessGuard}. */
final class Routes implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(Routes.class);
  private static final Map<String, String> ASSETS = Map.of(
      "console.css", "text/css; charset=utf-8",
      "run.js", "text/javascript; charset=utf-8",
      "inbox.js", "text/javascript; charset=utf-8");

  private final ConsoleSettings settings;
  private final AccessGuard guard;
  private final ExecutorService pool;

  Routes(ConsoleSettings settings, AccessGuard guard, ExecutorService pool) {
    this.settings = settings;
    this.guard = guard;
    this.pool = pool;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      var headers = exchange.getResponseHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Referrer-Policy", "same-origin");
      headers.set("Cache-Control", "no-store");
      headers.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
          + "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
      String refusal = guard.refusal(exchange);
      if (refusal != null) {
        Http.text(exchange, 403, "Forbidden: " + refusal);
        return;
      }
      if (guard.tokenInQuery(exchange)) {
        headers.add("Set-Cookie", guard.cookie());
      }
      route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath());
    } catch (IOException e) {
      exchange.close(); // the browser went away
    } catch (RuntimeException e) {
      log.warn("Console request {} failed", exchange.getRequestURI().getPath(), e);
      try {
        Http.html(exchange, 500, Html.page("Error", "", settings.namespace(),
            "<h1>Something went wrong</h1>\n" + Html.notice(e.getMessage(), true)));
      } catch (IOException | RuntimeException ignored) {
        exchange.close();
      }
    }
  }

  private void route(HttpExchange exchange, String method, String path) throws IOException {
    Map<String, String> query = Http.query(exchange);
    boolean get = "GET".equals(method);
    if (get && (path.equals("/") || path.equals("/runs"))) {
      Http.html(exchange, 200, RunsPage.render(settings, pool, query));
    } else if (get && path.equals("/run")) {
      String id = query.getOrDefault("id", "");
      WorkflowExecutionInfo info = id.isBlank() ? null : RunPage.describe(settings.workflows(), id);
      if (info == null) {
        Http.html(exchange, 404, Html.page("No such run", "runs", settings.namespace(),
            "<h1>No such run</h1>\n" + Html.notice("No workflow has the id '" + id + "'.", true)));
      } else {
        Http.html(exchange, 200, RunPage.render(settings, id, info));
      }
    } else if (get && path.equals("/run/events")) {
      RunEventStream.serve(settings, exchange, query.getOrDefault("id", ""));
    } else if (get && path.equals("/inbox")) {
      Http.html(exchange, 200, InboxPage.render(settings, InboxActions.scan(settings, pool), query.get("done"),
          query.get("run"), null));
    } else if (get && path.equals("/inbox/events")) {
      InboxEvents.serve(settings, pool, exchange, query.getOrDefault("since", ""));
    } else if ("POST".equals(method) && List.of("/inbox/answer", "/inbox/decide", "/inbox/answers").contains(path)) {
      InboxActions.handle(settings, pool, exchange, path.substring("/inbox/".length()));
    } else if ("POST".equals(method) && path.equals("/runs/start")) {
      launch(exchange);
    } else if (get && path.startsWith("/static/") && ASSETS.containsKey(path.substring(8))) {
      asset(exchange, path.substring(8));
    } else if (get && path.equals("/favicon.ico")) {
      Http.send(exchange, 204, "image/x-icon", new byte[0]);
    } else {
      Http.html(exchange, 404, Html.page("Not found", "", settings.namespace(), "<h1>Not found</h1>"));
    }
  }

  private void launch(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    String name = Http.field(form, "launcher");
    RunLauncher launcher = settings.launchers().stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    if (launcher == null) {
      Http.redirect(exchange, "/runs?error=" + Html.url("Nothing to start named '" + name + "'"));
      return;
    }
    String id;
    try {
      id = launcher.start().apply(Http.field(form, "input"));
    } catch (RuntimeException e) {
      Http.redirect(exchange, "/runs?error=" + Html.url("Could not start " + name + ": " + InboxActions.reason(e)));
      return;
    }
    Http.redirect(exchange, Html.runLink(id));
  }

  private void asset(HttpExchange exchange, String name) throws IOException {
    try (InputStream in = Routes.class.getResourceAsStream("/io/microagents/console/static/" + name)) {
      if (in == null) {
        Http.text(exchange, 404, "missing asset " + name);
        return;
      }
      exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
      Http.send(exchange, 200, ASSETS.get(name), in.readAllBytes());
    }
  }
}
