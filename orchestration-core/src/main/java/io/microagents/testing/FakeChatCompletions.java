package io.microagents.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.items.ToolCall;
import io.microagents.json.Json;

/**
 * Bodies of Chat Completions answers ({@code POST /v1/chat/completions}) for a
 * {@link FakeOpenAiServer}: complete, realistic JSON that the real openai-java client parses.
 *
 * <pre>{@code
 * server.enqueue(FakeChatCompletions.text("Hello"));
 * server.enqueue(FakeChatCompletions.toolCalls(new ToolCall("call_1", "add", "{\"a\":1}")));
 * }</pre>
 */
public final class FakeChatCompletions {

  private FakeChatCompletions() {}

  /** An answer with assistant text. */
  public static String text(String text) {
    return builder().content(text).build();
  }

  /** An answer whose content is structured output: the JSON text given. */
  public static String json(String json) {
    return builder().content(json).build();
  }

  /** An answer with tool calls and no text. */
  public static String toolCalls(ToolCall... calls) {
    Builder b = builder();
    for (ToolCall call : calls) {
      b.toolCall(call);
    }
    return b.build();
  }

  /** An answer in which the model refuses. */
  public static String refusal(String refusal) {
    return builder().refusal(refusal).build();
  }

  /** A builder for an answer with text, a refusal and tool calls combined. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one Chat Completions answer body with a single choice. */
  public static final class Builder {
    private final ArrayNode toolCalls = Json.mapper().createArrayNode();
    private String id = "chatcmpl-fake";
    private String model = "gpt-4o-mini";
    private String content;
    private String refusal;
    private long promptTokens = 10;
    private long completionTokens = 5;

    private Builder() {}

    /** Sets the completion id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the model name echoed in the answer. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets the assistant text. */
    public Builder content(String content) {
      this.content = content;
      return this;
    }

    /** Sets a refusal. */
    public Builder refusal(String refusal) {
      this.refusal = refusal;
      return this;
    }

    /** Adds a function tool call. */
    public Builder toolCall(ToolCall call) {
      ObjectNode node = toolCalls.addObject().put("id", call.callId()).put("type", "function");
      node.putObject("function").put("name", call.name()).put("arguments", call.arguments());
      return this;
    }

    /** Sets the token usage. */
    public Builder usage(long promptTokens, long completionTokens) {
      this.promptTokens = promptTokens;
      this.completionTokens = completionTokens;
      return this;
    }

    /** The JSON body. */
    public String build() {
      ObjectNode root = Json.mapper().createObjectNode();
      root.put("id", id).put("object", "chat.completion").put("created", 1_700_000_000L)
          .put("model", model);
      ObjectNode choice = root.putArray("choices").addObject();
      choice.put("index", 0).putNull("logprobs")
          .put("finish_reason", toolCalls.isEmpty() ? "stop" : "tool_calls");
      ObjectNode message = choice.putObject("message").put("role", "assistant")
          .put("content", content).put("refusal", refusal);
      if (!toolCalls.isEmpty()) {
        message.set("tool_calls", toolCalls.deepCopy());
      }
      root.putObject("usage").put("prompt_tokens", promptTokens)
          .put("completion_tokens", completionTokens)
          .put("total_tokens", promptTokens + completionTokens);
      return Json.write(root);
    }
  }
}
