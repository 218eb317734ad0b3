package io.microagents.examples.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A local stand-in for the public web APIs the examples call (ipify, ip-api, the National
 * Weather Service, Wikipedia search), serving recorded sample data from
 * {@code src/main/resources/examples/…} over real HTTP on 127.0.0.1 and an ephemeral port.
 * Used by the tests and by {@code --offline} runs; records each request's path and
 * User-Agent so tests can check what the tools sent.
 */
public final class FakeWebApis implements AutoCloseable {

  /** One request received. */
  public record Request(String path, String query, String userAgent) {}

  private final List<Request> requests = new ArrayList<>();
  private final HttpServer server;

  private FakeWebApis(HttpServer server) {
    this.server = server;
  }

  /** Starts serving on 127.0.0.1 and a free port. */
  public static FakeWebApis start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeWebApis apis = new FakeWebApis(server);
      server.createContext("/", apis::handle);
      server.start();
      return apis;
    } catch (IOException e) {
      throw new UncheckedIOException("FakeWebApis: cannot bind 127.0.0.1", e);
    }
  }

  /** Endpoints pointing every web tool at this server. */
  public WebEndpoints endpoints() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return new WebEndpoints(base + "/ipify", base + "/ip-api", base + "/nws", base + "/wikipedia");
  }

  /** The requests received so far, in order. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      synchronized (this) {
        requests.add(new Request(path, exchange.getRequestURI().getQuery(),
            exchange.getRequestHeaders().getFirst("User-Agent")));
      }
      String resource = resourceFor(path);
      byte[] body = resource == null ? null : read(resource);
      if (body == null) {
        send(exchange, 404, "{\"title\":\"Not Found\",\"detail\":\"FakeWebApis has no data for " + path + "\"}");
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String resourceFor(String path) {
    if (path.equals("/ipify")) {
      return "examples/weather/ipify.json";
    }
    if (path.startsWith("/ip-api/json/")) {
      return "examples/weather/ip-api.json";
    }
    if (path.startsWith("/nws/alerts/active/area/")) {
      String state = path.substring("/nws/alerts/active/area/".length()).toUpperCase(Locale.ROOT);
      String recorded = "examples/weather/nws-alerts-" + state + ".json";
      return FakeWebApis.class.getClassLoader().getResource(recorded) != null
          ? recorded : "examples/weather/nws-alerts-none.json";
    }
    if (path.equals("/wikipedia/w/api.php")) {
      return "examples/research/wikipedia-search.json";
    }
    return null;
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = FakeWebApis.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
