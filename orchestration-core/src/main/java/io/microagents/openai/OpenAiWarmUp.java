package io.microagents.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelSettings;
import io.microagents.model.ToolSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Builds a provider's client off the caller's thread, then loads what the first model call of
 * a JVM would otherwise load while it waits: openai-java's request classes and its
 * Kotlin-reflection Jackson mapper, the reading of an answer, our conversions. Runs
 * once per provider on a daemon thread, without the network: a request is built and written,
 * a canned answer read. On a worker this overlaps with connecting to Temporal, so the first
 * run's first model call is not the one that pays about a second of class loading.
 */
final class OpenAiWarmUp {

  private static final System.Logger LOG = System.getLogger(OpenAiWarmUp.class.getName());

  private static final String RESPONSE = """
      {"id":"resp_warm","object":"response","created_at":1,"status":"completed","model":"warm-up",
       "output":[{"type":"message","id":"msg_warm","status":"completed","role":"assistant",
                  "content":[{"type":"output_text","text":"ok","annotations":[]}]},
                 {"type":"function_call","id":"fc_warm","call_id":"call_warm","name":"warm","arguments":"{}","status":"completed"}],
       "parallel_tool_calls":true,"tool_choice":"auto","tools":[],
       "usage":{"input_tokens":1,"output_tokens":1,"total_tokens":2,
                "input_tokens_details":{"cached_tokens":0},"output_tokens_details":{"reasoning_tokens":0}}}""";

  private static final String COMPLETION = """
      {"id":"chatcmpl_warm","object":"chat.completion","created":1,"model":"warm-up",
       "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
                   "message":{"role":"assistant","content":"ok","refusal":null}}],
       "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

  private OpenAiWarmUp() {}

  /**
   * Starts, on a daemon thread, building the client for these options (OkHttp's, a few hundred
   * ms of class loading the caller need not wait for), then the warm-up for their API.
   *
   * @return the client, or what building it threw
   */
  static CompletableFuture<OpenAIClient> start(OpenAiOptions options) {
    CompletableFuture<OpenAIClient> client = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        client.complete(OpenAiClients.create(options));
      } catch (RuntimeException | Error e) {
        client.completeExceptionally(e);
        return;
      }
      run(options.api());
    }, "openai-warm-up");
    t.setDaemon(true);
    t.start();
    return client;
  }

  /** Runs the warm-up here; whether it went through (it never throws). */
  static boolean run(OpenAiApi api) {
    try {
      JsonNode schema = Json.parse("{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}},"
          + "\"required\":[\"q\"],\"additionalProperties\":false}");
      ModelRequest request = new ModelRequest("warm-up", "warm-up", "Warm up.",
          List.of(Message.user("hello"), new ToolCall("call_warm", "warm", "{\"q\":\"x\"}"), ToolOutput.of("call_warm", "ok")),
          List.of(new ToolSpec("warm", "Warms up.", schema, true)), null, ModelSettings.DEFAULT);
      if (api == OpenAiApi.CHAT_COMPLETIONS) {
        ObjectMappers.jsonMapper().writeValueAsString(ChatRequests.toParams(request, "warm-up")._body());
        ChatOutputs.toModelResponse(ObjectMappers.jsonMapper().readValue(COMPLETION, ChatCompletion.class));
      } else {
        ObjectMappers.jsonMapper().writeValueAsString(ResponsesRequests.toParams(request, "warm-up")._body());
        // A call's answer is read by ResponsesJson (streamed ones by openai-java's typed events, not warmed here).
        ResponsesJson.toModelResponse(new ByteArrayInputStream(RESPONSE.getBytes(StandardCharsets.UTF_8)));
      }
      return true;
    } catch (Exception | LinkageError e) {
      LOG.log(System.Logger.Level.DEBUG, "openai-java warm-up skipped: " + e); // only a missed head start
      return false;
    }
  }
}
