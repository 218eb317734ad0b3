package io.microagents.run.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.internal.StrictArguments;
import io.microagents.json.Json;
import java.util.Map;

/**
 * Reads the {@code input} argument the model gives an agent used as a tool, strictly: one
 * JSON object holding a string {@code input} and nothing else.
 */
public final class AgentToolInput {

  private AgentToolInput() {}

  /**
   * The input text.
   *
   * @throws ToolArgumentsException naming the tool, when the arguments are not {@code {"input": "…"}}
   */
  public static String of(String tool, String argumentsJson) {
    ObjectNode args = StrictArguments.parseObject("tool " + tool, argumentsJson);
    JsonNode input = args.get("input");
    if (input == null || !input.isTextual() || args.size() != 1) {
      throw new ToolArgumentsException("Invalid arguments for tool " + tool + ": expected {\"input\": \"...\"}, got "
          + argumentsJson, null);
    }
    return input.asText();
  }

  /**
   * The arguments as the agent tool takes them, canonical: {@code {"input":"…"}}.
   *
   * @throws ToolArgumentsException as {@link #of}
   */
  public static String canonical(String tool, String argumentsJson) {
    return Json.write(Map.of("input", of(tool, argumentsJson)));
  }
}
