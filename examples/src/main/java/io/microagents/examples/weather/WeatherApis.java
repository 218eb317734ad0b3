package io.microagents.examples.weather;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.examples.web.JsonHttpClient;
import io.microagents.examples.web.WebEndpoints;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The three web calls of the talk's weather demo: this machine's public IP (ipify), the
 * US state of an IP (ip-api), and the state's active alerts (api.weather.gov). Plain
 * HTTP code, kept apart from the agent so it can be tested against {@code FakeWebApis}.
 */
public final class WeatherApis {

  private final WebEndpoints endpoints;
  private final JsonHttpClient http = new JsonHttpClient();

  /** Calls the services at these addresses. */
  public WeatherApis(WebEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  /** This machine's public IP address. */
  public String ipAddress() throws IOException, InterruptedException {
    return http.get(endpoints.ipify() + "?format=json").path("ip").asText();
  }

  /** Where an IP address is. */
  public LocationInfo location(String ip) throws IOException, InterruptedException {
    JsonNode json = http.get(endpoints.ipApi() + "/json/" + URLEncoder.encode(ip.trim(), StandardCharsets.UTF_8));
    if (!"success".equals(json.path("status").asText("success"))) {
      throw new IOException("no location known for IP " + ip + ": " + json.path("message").asText("unknown error"));
    }
    return new LocationInfo(ip, json.path("city").asText(""), json.path("region").asText(""),
        json.path("regionName").asText(""), json.path("country").asText(""));
  }

  /** The active alerts of a US state, by its two-letter code. */
  public WeatherAlerts alerts(String state) throws IOException, InterruptedException {
    String code = state.trim().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("state must be a two-letter US state code such as FL, got '" + state + "'");
    }
    return WeatherAlerts.fromGeoJson(code, http.get(endpoints.weatherGov() + "/alerts/active/area/" + code));
  }
}
