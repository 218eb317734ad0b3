package io.microagents.examples.handoffs;

import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.Conversation;
import io.microagents.examples.offline.Replies;
import io.microagents.examples.weather.WeatherScript;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.Locale;
import java.util.Map;

/** The offline scripts of the handoffs example: triage routes, the specialists answer. */
public final class HandoffsScript {

  private HandoffsScript() {}

  /** The scripts, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of("triage", HandoffsScript::triage, "local_info", HandoffsScript::localInfo,
        "weather", new WeatherScript());
  }

  static ModelResponse triage(ModelRequest request) {
    String text = Conversation.of(request).lastUserText();
    if (WeatherScript.isAboutWeather(text)) {
      return Replies.handoff(request, "weather", null);
    }
    if (isAboutStores(text)) {
      return Replies.handoff(request, "local_info", null);
    }
    return Replies.text("I can tell you about weather alerts where you are, or when a store is open.");
  }

  static ModelResponse localInfo(ModelRequest request) {
    Conversation c = Conversation.of(request);
    String hours = c.outputOf("get_store_hours");
    if (hours == null) {
      String store = StoreHours.findStore(c.lastUserText());
      return Replies.toolCall(request, "get_store_hours", Map.of("store", store == null ? c.lastUserText() : store));
    }
    return Replies.text(hours.contains(":") && !hours.startsWith("No ")
        ? "Here are the opening hours: " + hours + "." : hours);
  }

  private static boolean isAboutStores(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return StoreHours.findStore(text) != null || t.contains("open") || t.contains("store") || t.contains("close");
  }
}
