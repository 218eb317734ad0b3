package io.microagents.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * GETs JSON over HTTP with the JDK client, sending a User-Agent (api.weather.gov refuses
 * requests without one). Failures are exceptions whose message names the URL and the cause
 * (the status and the start of the body, or why no answer came: connection refused, unknown
 * host, timed out), so a tool's error tells the model (and the user) what went wrong.
 */
public final class JsonHttpClient {

  /** The User-Agent sent with every request. */
  public static final String USER_AGENT = "microagents-examples/0.1 (https://github.com/microagents)";

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NORMAL)
      .build();

  /** GETs a URL and parses the body as JSON. */
  public JsonNode get(String url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(20))
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/json, application/geo+json")
        .GET()
        .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException("GET " + url + " failed: " + cause(e), e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("GET " + url + " answered HTTP " + response.statusCode() + body(response.body()));
    }
    try {
      return Json.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new IOException("GET " + url + " did not answer JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Why a request failed, in words: the JDK's client often throws a {@code ConnectException}
   * with no message whose cause says "Connection refused", or an {@code HttpTimeoutException}.
   */
  static String cause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return "connection timed out";
      }
      if (t instanceof HttpTimeoutException) {
        return "no answer in time (request timed out)";
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "unknown host";
      }
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    // The JDK's client reports a refused connection as a ConnectException without any message.
    return error instanceof ConnectException ? "cannot connect (connection refused)" : error.getClass().getSimpleName();
  }

  private static String body(String body) {
    String one = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    if (one.isEmpty()) {
      return "";
    }
    return ": " + (one.length() <= 200 ? one : one.substring(0, 197) + "...");
  }
}
