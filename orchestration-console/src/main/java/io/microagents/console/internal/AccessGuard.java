package io.microagents.console.internal;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * Who may use the console: with a token, only requests that carry it (header, query or
 * cookie); bound to loopback, only loopback host names (a page of another site that made its
 * own name resolve to 127.0.0.1 is refused); and a form post only from the console's own
 * pages (its Origin, or else Referer, must be this host).
 */
final class AccessGuard {

  static final String COOKIE = "microagents_console_token";

  private final String token;
  private final boolean loopback;

  AccessGuard(String token, String bindAddress) {
    this.token = token;
    this.loopback = bindAddress.startsWith("127.") || bindAddress.equals("::1") || bindAddress.equals("localhost");
  }

  /** Why the request is refused, or {@code null} when it may go on. */
  String refusal(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      return "no Host header";
    }
    if (loopback && !isLoopbackHost(host)) {
      return "this console only answers to a loopback host name, not " + host;
    }
    if (token != null && !hasToken(exchange)) {
      return "a token is required: open the address the console printed (it carries ?token=…)";
    }
    if ("POST".equals(exchange.getRequestMethod()) && !sameOrigin(exchange, host)) {
      return "a form may only be posted from the console's own pages";
    }
    return null;
  }

  /** Whether the token came in the query (then the response keeps it in a cookie). */
  boolean tokenInQuery(HttpExchange exchange) {
    return token != null && matches(Http.query(exchange).get("token"));
  }

  /** The cookie that keeps the token for the pages that follow. */
  String cookie() {
    return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  }

  private boolean hasToken(HttpExchange exchange) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.startsWith("Bearer ") && matches(auth.substring(7).trim())) {
      return true;
    }
    if (tokenInQuery(exchange)) {
      return true;
    }
    List<String> cookies = exchange.getRequestHeaders().get("Cookie");
    if (cookies != null) {
      for (String header : cookies) {
        for (String part : header.split(";")) {
          String c = part.trim();
          if (c.startsWith(COOKIE + "=") && matches(c.substring(COOKIE.length() + 1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean matches(String given) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean sameOrigin(HttpExchange exchange, String host) {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin == null || origin.equals("null")) {
      origin = exchange.getRequestHeaders().getFirst("Referer");
    }
    if (origin == null) {
      return true; // not a browser (browsers send Origin with every POST): no cross-site request to guard against
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host) && "http".equals(uri.getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isLoopbackHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      return h.startsWith("[::1]");
    }
    int colon = h.indexOf(':');
    String name = colon < 0 ? h : h.substring(0, colon);
    return name.equals("localhost") || name.startsWith("127.");
  }
}
