package io.microagents.temporal.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.testing.RecordedRequest;

/** Reads what the model was sent from a Responses API request the fake server recorded. */
final class RequestBodies {

  private RequestBodies() {}

  /** The output given back to the model for a call id, or {@code null} when the request has none. */
  static String toolOutput(RecordedRequest request, String callId) {
    for (JsonNode item : request.body().path("input")) {
      if ("function_call_output".equals(item.path("type").asText()) && callId.equals(item.path("call_id").asText())) {
        return item.path("output").asText();
      }
    }
    return null;
  }
}
