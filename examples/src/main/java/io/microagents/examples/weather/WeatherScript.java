package io.microagents.examples.weather;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.Conversation;
import io.microagents.examples.offline.Replies;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weather agent's offline script: what a real model does with the talk's question —
 * IP, then location, then alerts, then a short summary written from the tools' actual
 * outputs — and a haiku when the question is not about the weather.
 */
public final class WeatherScript implements AgentScript {

  private static final List<String> HAIKUS = List.of(
      "Quiet tools at rest\nno function fits your question\nso I write you this",
      "Code runs, then it sleeps\nhistory keeps every step\nnothing done is lost",
      "A worker falls down\nanother rises, replays\nthe loop carries on");

  /** The scripts of this example, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of("weather", new WeatherScript());
  }

  @Override
  public ModelResponse reply(ModelRequest request) {
    Conversation c = Conversation.of(request);
    if (!isAboutWeather(c.lastUserText())) {
      return Replies.text(haiku(c.lastUserText()));
    }
    String ip = c.outputOf("get_ip_address");
    if (ip == null) {
      return Replies.toolCall(request, "get_ip_address", Map.of());
    }
    String location = c.outputOf("get_location_info");
    if (location == null) {
      return Replies.toolCall(request, "get_location_info", Map.of("ip", ip.trim()));
    }
    String alerts = c.outputOf("get_weather_alerts");
    if (alerts == null) {
      String state = parse(location).path("state").asText("");
      if (state.isEmpty()) {
        return Replies.text("I could not tell which US state you are in: " + location);
      }
      return Replies.toolCall(request, "get_weather_alerts", Map.of("state", state));
    }
    return Replies.text(summary(parse(location), parse(alerts), alerts));
  }

  /** Whether the question is one the weather tools can answer. */
  public static boolean isAboutWeather(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.contains("weather") || t.contains("alert") || t.contains("storm") || t.contains("forecast");
  }

  /** A haiku chosen by the question, so the same question gets the same poem. */
  public static String haiku(String question) {
    return HAIKUS.get(Math.floorMod(question.hashCode(), HAIKUS.size()));
  }

  private static String summary(JsonNode location, JsonNode alerts, String raw) {
    if (alerts.isMissingNode()) {
      return "I could not get the weather alerts: " + raw;
    }
    String where = location.path("city").asText("") + ", " + location.path("stateName").asText(alerts.path("state").asText());
    int total = alerts.path("total").asInt();
    if (total == 0) {
      return "There are no active weather alerts for " + where + ".";
    }
    StringBuilder text = new StringBuilder("There " + (total == 1 ? "is 1 active weather alert" : "are " + total + " active weather alerts")
        + " for your area (" + where + "):");
    for (JsonNode alert : alerts.path("alerts")) {
      text.append("\n- ").append(alert.path("event").asText()).append(" (").append(alert.path("severity").asText())
          .append("): ").append(alert.path("areas").asText());
    }
    return text.toString();
  }

  private static JsonNode parse(String json) {
    try {
      return Json.parse(json);
    } catch (IllegalArgumentException e) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }
}
