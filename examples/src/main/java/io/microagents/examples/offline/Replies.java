package io.microagents.examples.offline;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ToolSpec;
import io.microagents.model.Usage;
import java.util.List;
import java.util.Locale;

/**
 * Builds the model responses of offline scripts: text, structured output, tool calls and
 * handoffs. Call ids are derived from the conversation's length, so a replayed or repeated
 * request gets the same ids.
 */
public final class Replies {

  private Replies() {}

  /** An assistant message. */
  public static ModelResponse text(String text) {
    return response(List.of(Message.assistant(text)));
  }

  /** Structured output: the value written as JSON. */
  public static ModelResponse json(Object value) {
    return text(Json.write(value));
  }

  /** A call of one tool; {@code arguments} is written as JSON (a String is taken as JSON text). */
  public static ModelResponse toolCall(ModelRequest request, String tool, Object arguments) {
    return response(List.of(call(request, 0, tool, arguments)));
  }

  /** Calls of one tool with several argument objects, in one response (run in parallel). */
  public static ModelResponse toolCalls(ModelRequest request, String tool, List<?> argumentsEach) {
    List<Item> calls = new java.util.ArrayList<>();
    for (int i = 0; i < argumentsEach.size(); i++) {
      calls.add(call(request, i, tool, argumentsEach.get(i)));
    }
    return response(calls);
  }

  /** A handoff to the named agent: a call of its {@code transfer_to_…} tool offered in the request. */
  public static ModelResponse handoff(ModelRequest request, String agent, Object arguments) {
    return response(List.of(call(request, 0, handoffTool(request, agent), arguments)));
  }

  private static ToolCall call(ModelRequest request, int index, String tool, Object arguments) {
    String json = arguments == null ? "{}" : arguments instanceof String s ? s : Json.write(arguments);
    return new ToolCall("call_" + request.input().size() + "_" + index, tool, json);
  }

  private static String handoffTool(ModelRequest request, String agent) {
    String wanted = normalize(agent);
    for (ToolSpec t : request.tools()) {
      if (t.name().startsWith("transfer_to_") && normalize(t.name().substring(12)).equals(wanted)) {
        return t.name();
      }
    }
    throw new IllegalStateException("agent '" + request.agent() + "' is offered no handoff to '" + agent
        + "'; its tools: " + request.tools().stream().map(ToolSpec::name).toList());
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static ModelResponse response(List<Item> output) {
    return new ModelResponse(output, Usage.ofRequest(0, 0), "offline");
  }
}
