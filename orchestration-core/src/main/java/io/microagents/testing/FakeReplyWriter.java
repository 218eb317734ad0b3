package io.microagents.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes a {@link FakeReply} to an exchange, faults included. */
final class FakeReplyWriter {

  private FakeReplyWriter() {}

  static void write(HttpExchange exchange, FakeReply reply) throws IOException {
    if (reply.fault() == FakeReply.Fault.CONNECTION_RESET) {
      // Closing an exchange whose headers were never sent closes the socket: the client sees
      // the connection end without a response.
      exchange.close();
      return;
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    if (reply.fault() == FakeReply.Fault.TRUNCATED_BODY) {
      body = Arrays.copyOf(body, body.length / 2);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
