package io.microagents.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * GETs JSON over HTTP with the JDK client, sending a User-Agent (api.weather.gov refuses
 * requests without one). Failures are exceptions whose message names the URL and status,
 * so a tool's error tells the model (and the user) what went wrong.
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
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("GET " + url + " answered HTTP " + response.statusCode());
    }
    try {
      return Json.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new IOException("GET " + url + " did not answer JSON: " + e.getMessage(), e);
    }
  }
}
