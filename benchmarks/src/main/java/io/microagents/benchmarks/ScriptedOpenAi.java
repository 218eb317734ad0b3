package io.microagents.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.items.ToolCall;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeOpenAiServer;
import io.microagents.testing.FakeReply;

/**
 * A fake OpenAI server that asks for the tool until it has seen {@code turns} tool outputs in
 * the request, then answers: every run makes {@code turns + 1} model calls over real HTTP.
 */
final class ScriptedOpenAi {

  private ScriptedOpenAi() {}

  static FakeOpenAiServer start(int turns) {
    FakeOpenAiServer server = new FakeOpenAiServer().start();
    server.respondWith(request -> {
      int outputs = 0;
      for (JsonNode item : request.body().path("input")) {
        if ("function_call_output".equals(item.path("type").asText())) {
          outputs++;
        }
      }
      String body = outputs < turns
          ? FakeOpenAiResponses.toolCalls(new ToolCall("call_" + outputs, "lookup", "{\"n\":" + outputs + "}"))
          : FakeOpenAiResponses.text("Looked up " + outputs + " values.");
      return FakeReply.ok(body);
    });
    return server;
  }
}
