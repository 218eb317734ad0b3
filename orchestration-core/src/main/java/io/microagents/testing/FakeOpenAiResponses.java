package io.microagents.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.items.ToolCall;
import io.microagents.json.Json;

/**
 * Bodies of Responses API answers ({@code POST /v1/responses}) for a {@link FakeOpenAiServer}:
 * complete, realistic JSON that the real openai-java client parses.
 *
 * <pre>{@code
 * server.enqueue(FakeOpenAiResponses.text("Hello"));
 * server.enqueue(FakeOpenAiResponses.builder().reasoning("rs_1", "thinking")
 *     .toolCall(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"))
 *     .usage(10, 5).build());
 * }</pre>
 */
public final class FakeOpenAiResponses {

  private FakeOpenAiResponses() {}

  /** A response with one assistant text message. */
  public static String text(String text) {
    return builder().message(text).build();
  }

  /** A response whose assistant message is structured output: the JSON text given. */
  public static String json(String json) {
    return builder().message(json).build();
  }

  /** A response with function calls, one output item each. */
  public static String toolCalls(ToolCall... calls) {
    Builder b = builder();
    for (ToolCall call : calls) {
      b.toolCall(call);
    }
    return b.build();
  }

  /** A response in which the model refuses. */
  public static String refusal(String refusal) {
    return builder().refusal(refusal).build();
  }

  /** A builder for a response with several output items. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one Responses API answer body; output items keep the order they are added. */
  public static final class Builder {
    private final ArrayNode output = Json.mapper().createArrayNode();
    private String id = "resp_fake";
    private String model = "gpt-4o-mini";
    private long inputTokens = 10;
    private long outputTokens = 5;

    private Builder() {}

    /** Sets the response id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the model name echoed in the answer. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Adds an assistant message with output text. */
    public Builder message(String text) {
      ObjectNode content = Json.mapper().createObjectNode().put("type", "output_text")
          .put("text", text);
      content.putArray("annotations");
      return message(content);
    }

    /** Adds an assistant message with a refusal. */
    public Builder refusal(String refusal) {
      return message(Json.mapper().createObjectNode().put("type", "refusal")
          .put("refusal", refusal));
    }

    /** Adds a function call. */
    public Builder toolCall(ToolCall call) {
      output.addObject().put("type", "function_call").put("id", "fc_" + output.size())
          .put("call_id", call.callId()).put("name", call.name())
          .put("arguments", call.arguments()).put("status", "completed");
      return this;
    }

    /** Adds a reasoning item with a one-part summary. */
    public Builder reasoning(String id, String summary) {
      ObjectNode item = output.addObject().put("type", "reasoning").put("id", id);
      item.putArray("summary").addObject().put("type", "summary_text").put("text", summary);
      return this;
    }

    /** Sets the token usage. */
    public Builder usage(long inputTokens, long outputTokens) {
      this.inputTokens = inputTokens;
      this.outputTokens = outputTokens;
      return this;
    }

    /** The JSON body. */
    public String build() {
      ObjectNode root = Json.mapper().createObjectNode();
      root.put("id", id).put("object", "response").put("created_at", 1_700_000_000L)
          .put("status", "completed").putNull("error").putNull("incomplete_details")
          .putNull("instructions").putNull("max_output_tokens").put("model", model);
      root.set("output", output.deepCopy());
      root.put("parallel_tool_calls", true).putNull("previous_response_id")
          .put("store", true).put("temperature", 1.0).put("tool_choice", "auto")
          .put("top_p", 1.0).put("truncation", "disabled").putNull("user");
      root.putArray("tools");
      root.putObject("text").putObject("format").put("type", "text");
      root.putObject("metadata");
      ObjectNode usage = root.putObject("usage");
      usage.put("input_tokens", inputTokens);
      usage.putObject("input_tokens_details").put("cached_tokens", 0);
      usage.put("output_tokens", outputTokens);
      usage.putObject("output_tokens_details").put("reasoning_tokens", 0);
      usage.put("total_tokens", inputTokens + outputTokens);
      return Json.write(root);
    }

    private Builder message(ObjectNode content) {
      ObjectNode item = output.addObject().put("type", "message").put("id", "msg_" + output.size())
          .put("status", "completed").put("role", "assistant");
      item.putArray("content").add(content);
      return this;
    }
  }
}
