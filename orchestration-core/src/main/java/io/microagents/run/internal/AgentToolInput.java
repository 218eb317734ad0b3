package io.microagents.run.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.json.Json;

/** Reads the {@code input} argument the model gives an agent used as a tool. */
public final class AgentToolInput {

  private AgentToolInput() {}

  /**
   * @throws IllegalArgumentException when the arguments are not JSON or have no string input
   */
  public static String of(String argumentsJson) {
    JsonNode args = Json.parse(argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson);
    JsonNode input = args.get("input");
    if (input == null || !input.isTextual()) {
      throw new IllegalArgumentException("expected {\"input\": \"...\"}");
    }
    return input.asText();
  }
}
