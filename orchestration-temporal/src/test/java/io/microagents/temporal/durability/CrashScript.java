package io.microagents.temporal.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.items.ToolCall;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.RecordedRequest;

/**
 * What the model answers in the crash matrix, as a pure function of the request: the script
 * (the agent's instructions up to the first colon), the step (answers and tool outputs the
 * conversation already holds) and the first user message. A retried request therefore gets
 * the same answer as the original, whichever worker sends it.
 *
 * <p>Some steps are <em>held</em>: the fake server does not answer them until the test
 * releases them, so a worker can be killed while that model call is in flight.
 */
final class CrashScript {

  /**
   * One request's place in the script.
   *
   * @param key {@code script|user text|step}: the same for a retry of the same call
   * @param held whether the answer waits for the test to release it
   * @param body the Responses API answer
   */
  record Step(String key, boolean held, String body) {}

  private CrashScript() {}

  static Step of(RecordedRequest request) {
    JsonNode body = request.body();
    String script = body.path("instructions").asText().split("[: ]", 2)[0];
    String user = "";
    int step = 0;
    String lastOutput = "";
    for (JsonNode item : body.path("input")) {
      if ("function_call_output".equals(item.path("type").asText())) {
        step++;
        lastOutput = item.path("output").asText();
      } else if ("assistant".equals(item.path("role").asText())) {
        step++;
      } else if ("user".equals(item.path("role").asText()) && user.isEmpty()) {
        user = item.path("content").asText();
      }
    }
    String key = script + "|" + user + "|" + step;
    return switch (script + "#" + step) {
      case "mc#0", "tc#0", "bt#0", "hu#0" -> new Step(key, false, note(script, step, script + "-1"));
      case "mc#1" -> new Step(key, true, FakeOpenAiResponses.text("mc-done"));
      case "tc#1" -> new Step(key, false, call(script, step, "slow_note", "tc-2"));
      case "tc#2" -> new Step(key, false, FakeOpenAiResponses.text("tc-done"));
      case "bt#1" -> new Step(key, false, FakeOpenAiResponses.text("bt-reply-1"));
      case "bt#2" -> new Step(key, false, FakeOpenAiResponses.text("bt-reply-2 after " + user));
      case "ho_triage#0" -> new Step(key, false, FakeOpenAiResponses.toolCalls(
          new ToolCall("call_ho_0", "transfer_to_crash_specialist_agent", "{}")));
      case "ho_spec#1" -> new Step(key, true, note(script, step, "ho-1"));
      case "ho_spec#2" -> new Step(key, false, FakeOpenAiResponses.text("ho-done"));
      case "fan#0" -> new Step(key, false, note(script, step, "fan-" + user));
      case "fan#1" -> new Step(key, heldFanItem(user), FakeOpenAiResponses.text("result-" + user));
      case "hu#1" -> new Step(key, false, FakeOpenAiResponses.toolCalls(
          new ToolCall("call_hu_1", "ask_human", "{\"question\":\"Which colour?\"}")));
      case "hu#2" -> new Step(key, false, FakeOpenAiResponses.text("hu-done: " + lastOutput));
      case "in#0" -> new Step(key, false, FakeOpenAiResponses.toolCalls(
          new ToolCall("call_in_0", "facts", "{\"city\":\"Paris\"}")));
      case "in#1" -> new Step(key, true, FakeOpenAiResponses.text("in-done"));
      default -> new Step(key, false, FakeOpenAiResponses.text("unscripted " + key));
    };
  }

  /** Fan-out children 5 to 9 are held at their last model call; 0 to 4 run through. */
  static boolean heldFanItem(String user) {
    return Integer.parseInt(user.substring(user.indexOf('-') + 1)) >= 5;
  }

  private static String note(String script, int step, String text) {
    return call(script, step, "note", text);
  }

  private static String call(String script, int step, String tool, String text) {
    return FakeOpenAiResponses.toolCalls(
        new ToolCall("call_" + script + "_" + step, tool, "{\"text\":\"" + text + "\"}"));
  }
}
