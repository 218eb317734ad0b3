package io.microagents.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.errors.OpenAIInvalidDataException;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Reasoning;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.json.Json;
import io.microagents.model.ModelException;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Responses API answer body straight into a {@link ModelResponse}, as
 * {@link ResponsesOutputs} does from openai-java's typed {@code Response}, without building
 * that: its union types are deserialized by trying each variant, which costs a model call
 * more CPU (and JIT compilation) than the rest of our adapter. The same items, usage, id and
 * failures: a body that is not JSON, or that lacks a field the typed model requires, is an
 * {@link OpenAIInvalidDataException} as openai-java would throw; a failed response a
 * retryable {@link ModelException}.
 */
final class ResponsesJson {

  private ResponsesJson() {}

  static ModelResponse toModelResponse(InputStream body) {
    JsonNode response;
    try {
      response = Json.mapper().readTree(body);
    } catch (Exception e) {
      throw new OpenAIInvalidDataException("Error reading response", e);
    }
    if (response == null || !response.isObject()) {
      throw new OpenAIInvalidDataException("Error reading response",
          new IllegalArgumentException("the body is not a JSON object"));
    }
    failIfFailed(response);
    List<Item> output = new ArrayList<>();
    for (JsonNode item : array(response, "output")) {
      switch (item.path("type").asText("")) {
        case "message" -> output.add(message(item));
        case "function_call" -> output.add(new ToolCall(text(item, "call_id"), text(item, "name"), text(item, "arguments")));
        case "reasoning" -> output.add(reasoning(item));
        default -> { } // built-in tools (web search, file search, ...) are not offered, so not expected
      }
    }
    JsonNode usage = response.get("usage");
    Usage u = present(usage) ? Usage.ofRequest(number(usage, "input_tokens"), number(usage, "output_tokens"))
        : Usage.ofRequest(0, 0);
    return new ModelResponse(output, u, text(response, "id"));
  }

  private static Message message(JsonNode message) {
    StringBuilder text = new StringBuilder();
    StringBuilder refusal = new StringBuilder();
    for (JsonNode content : array(message, "content")) {
      switch (content.path("type").asText("")) {
        case "output_text" -> text.append(text(content, "text"));
        case "refusal" -> refusal.append(text(content, "refusal"));
        default -> { }
      }
    }
    return new Message(Role.ASSISTANT, text.toString(), refusal.length() == 0 ? null : refusal.toString());
  }

  private static Reasoning reasoning(JsonNode item) {
    StringBuilder summary = new StringBuilder();
    for (JsonNode part : array(item, "summary")) {
      if (summary.length() > 0) {
        summary.append('\n');
      }
      summary.append(text(part, "text"));
    }
    return new Reasoning(text(item, "id"), summary.toString());
  }

  private static void failIfFailed(JsonNode response) {
    boolean failed = "failed".equals(response.path("status").asText(null));
    JsonNode error = response.get("error");
    if (failed || present(error)) {
      String message = present(error) ? text(error, "code") + ": " + text(error, "message") : "no error details";
      // A failed response is the provider's own failure (server error, rate limit): retry.
      throw new ModelException("OpenAI response " + text(response, "id") + " failed: " + message, 0, true, null, null);
    }
  }

  private static boolean present(JsonNode value) {
    return value != null && !value.isNull() && !value.isMissingNode();
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!present(value)) {
      throw new OpenAIInvalidDataException("`" + field + "` is not present");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw new OpenAIInvalidDataException("`" + field + "` is invalid, received " + value);
    }
    return value.asText();
  }

  private static long number(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new OpenAIInvalidDataException("`" + field + "` is invalid, received " + value);
    }
    return value.asLong();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isArray()) {
      throw new OpenAIInvalidDataException("`" + field + "` is invalid, received " + value);
    }
    return value;
  }
}
