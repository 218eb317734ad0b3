package io.microagents.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.items.ToolCall;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeOpenAiServer;
import io.microagents.testing.FakeReply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake OpenAI server every framework of the side-by-side benchmark calls over HTTP: it
 * asks for the {@code lookup} tool until the request holds N tool outputs, then answers, with
 * no latency. N is read from the run's prompt ({@code "turns=N"}), so one server serves runs
 * of any length from any framework, and all of them get the same Responses API bodies.
 */
final class PeerFakeOpenAi {

  private static final Pattern TURNS = Pattern.compile("turns=(\\d+)");

  private PeerFakeOpenAi() {}

  static FakeOpenAiServer start() {
    FakeOpenAiServer server = new FakeOpenAiServer().start();
    server.respondWith(request -> FakeReply.ok(answer(request.bodyText(), request.body())));
    return server;
  }

  /** The answer to a Responses API request body: a tool call while fewer than N outputs are in. */
  static String answer(String text, JsonNode body) {
    Matcher m = TURNS.matcher(text);
    int turns = m.find() ? Integer.parseInt(m.group(1)) : 0;
    int outputs = 0;
    for (JsonNode item : body.path("input")) {
      if ("function_call_output".equals(item.path("type").asText())) {
        outputs++;
      }
    }
    return outputs < turns
        ? FakeOpenAiResponses.toolCalls(new ToolCall("call_" + outputs, "lookup", "{\"n\":" + outputs + "}"))
        : FakeOpenAiResponses.text("Looked up " + outputs + " values.");
  }

  /** Serves until killed; prints the base URL (e.g. {@code http://127.0.0.1:PORT/v1}) on its first line. */
  public static void main(String[] args) throws InterruptedException {
    FakeOpenAiServer server = start();
    System.out.println(server.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
