package io.microagents.examples.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.Conversation;
import io.microagents.examples.offline.Replies;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.Map;

/**
 * How the gift workflow's agents answer offline: each calls its tool first, then answers from
 * what the tool returned, so the offline run really goes through the injected catalog.
 */
public final class GiftScripts {

  /** What the finder picks when the catalog has nothing for the request. */
  public static final String FALLBACK_GIFT = "Star atlas";

  private static final String CARD_REQUEST = "Write the gift card for: ";

  private GiftScripts() {}

  /** The scripts, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of("gift_finder", GiftScripts::find, "card_writer", GiftScripts::write);
  }

  static ModelResponse find(ModelRequest request) {
    Conversation c = Conversation.of(request);
    String found = c.outputOf("search_catalog");
    if (found == null) {
      return Replies.toolCall(request, "search_catalog", Map.of("query", c.lastUserText()));
    }
    JsonNode products = Json.parse(found);
    return Replies.text(products.isArray() && !products.isEmpty() ? products.get(0).path("name").asText() : FALLBACK_GIFT);
  }

  static ModelResponse write(ModelRequest request) {
    Conversation c = Conversation.of(request);
    String details = c.outputOf("product_details");
    if (details == null) {
      String name = c.lastUserText().replace(CARD_REQUEST, "").trim();
      return Replies.toolCall(request, "product_details", Map.of("name", name));
    }
    try {
      JsonNode product = Json.parse(details);
      return Replies.text("Happy birthday! Your gift is the " + product.path("name").asText().toLowerCase()
          + ": " + product.path("description").asText() + ". Chosen with you in mind.");
    } catch (RuntimeException notJson) { // the tool's error text
      return Replies.text("Happy birthday! A little something chosen with you in mind.");
    }
  }
}
