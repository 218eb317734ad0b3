package io.microagents.examples.weather;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The active alerts of one state, summarised. A state can have dozens of alerts, each a
 * long GeoJSON feature; passing only event, severity, headline and areas (and at most
 * {@link #MAX_ALERTS}) keeps the model's input, and the workflow history, small.
 *
 * @param state the state asked about
 * @param total how many alerts are active
 * @param alerts the first {@link #MAX_ALERTS} of them
 */
public record WeatherAlerts(String state, int total, List<WeatherAlert> alerts) {

  /** How many alerts are passed on in full. */
  public static final int MAX_ALERTS = 10;

  /** Summarises an {@code /alerts/active/area/{state}} answer. */
  public static WeatherAlerts fromGeoJson(String state, JsonNode collection) {
    JsonNode features = collection.path("features");
    List<WeatherAlert> alerts = new ArrayList<>();
    for (JsonNode feature : features) {
      if (alerts.size() == MAX_ALERTS) {
        break;
      }
      JsonNode p = feature.path("properties");
      alerts.add(new WeatherAlert(p.path("event").asText(""), p.path("severity").asText(""),
          p.path("headline").asText(""), p.path("areaDesc").asText("")));
    }
    return new WeatherAlerts(state, features.size(), alerts);
  }
}
