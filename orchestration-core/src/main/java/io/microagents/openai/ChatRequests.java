package io.microagents.openai;

import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionNamedToolChoice;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelSettings;
import io.microagents.model.OutputSpec;
import io.microagents.model.ToolSpec;

/** Maps a {@link ModelRequest} to Chat Completions parameters. */
final class ChatRequests {

  private ChatRequests() {}

  static ChatCompletionCreateParams toParams(ModelRequest request, String model) {
    ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder().model(model);
    if (request.instructions() != null && !request.instructions().isBlank()) {
      params.addSystemMessage(request.instructions());
    }
    messages(params, request);
    request.tools().forEach(t -> params.addTool(tool(t)));
    if (request.output() != null) {
      params.responseFormat(format(request.output()));
    }
    settings(params, request.settings());
    if (request.agent() != null && !request.agent().isBlank()) {
      params.putAdditionalHeader(AgentHeader.NAME, AgentHeader.encode(request.agent()));
    }
    return params.build();
  }

  /**
   * Adds the conversation. The API wants an assistant turn's text and its tool calls in one
   * assistant message, so consecutive calls (and the assistant text before them) are merged.
   */
  private static void messages(ChatCompletionCreateParams.Builder params, ModelRequest request) {
    ChatCompletionAssistantMessageParam.Builder assistant = null;
    for (Item item : request.input()) {
      if (item instanceof ToolCall || item instanceof HandoffCall) {
        assistant = assistant == null ? ChatCompletionAssistantMessageParam.builder() : assistant;
        assistant.addToolCall(toolCall(item));
        continue;
      }
      if (assistant != null) {
        params.addMessage(assistant.build());
        assistant = null;
      }
      if (item instanceof Message m && m.role() == Role.ASSISTANT) {
        assistant = assistantText(m);
      } else if (item instanceof Message m) {
        switch (m.role()) {
          case SYSTEM -> params.addSystemMessage(m.content());
          case DEVELOPER -> params.addDeveloperMessage(m.content());
          default -> params.addUserMessage(m.content());
        }
      } else if (item instanceof ToolOutput o) {
        params.addMessage(ChatCompletionToolMessageParam.builder()
            .toolCallId(o.callId()).content(o.output()).build());
      }
      // Reasoning items have no Chat Completions form and are left out.
    }
    if (assistant != null) {
      params.addMessage(assistant.build());
    }
  }

  private static ChatCompletionAssistantMessageParam.Builder assistantText(Message m) {
    ChatCompletionAssistantMessageParam.Builder assistant =
        ChatCompletionAssistantMessageParam.builder();
    if (!m.content().isEmpty() || m.refusal() == null) {
      assistant.content(m.content());
    }
    if (m.refusal() != null) {
      assistant.refusal(m.refusal());
    }
    return assistant;
  }

  private static ChatCompletionMessageToolCall toolCall(Item item) {
    if (item instanceof HandoffCall h) {
      return toolCall(h.callId(), h.name(), h.arguments());
    }
    ToolCall c = (ToolCall) item;
    return toolCall(c.callId(), c.name(), c.arguments());
  }

  private static ChatCompletionMessageToolCall toolCall(String id, String name, String args) {
    return ChatCompletionMessageToolCall.ofFunction(ChatCompletionMessageFunctionToolCall.builder()
        .id(id)
        .function(ChatCompletionMessageFunctionToolCall.Function.builder()
            .name(name).arguments(args.isEmpty() ? "{}" : args).build())
        .build());
  }

  private static ChatCompletionFunctionTool tool(ToolSpec spec) {
    FunctionDefinition.Builder fn = FunctionDefinition.builder()
        .name(spec.name())
        .parameters(FunctionParameters.builder()
            .additionalProperties(SdkJson.schemaProperties(spec.parameters())).build())
        .strict(spec.strict());
    if (spec.description() != null && !spec.description().isBlank()) {
      fn.description(spec.description());
    }
    return ChatCompletionFunctionTool.builder().function(fn.build()).build();
  }

  private static ResponseFormatJsonSchema format(OutputSpec output) {
    return ResponseFormatJsonSchema.builder()
        .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
            .name(output.name())
            .schema(ResponseFormatJsonSchema.JsonSchema.Schema.builder()
                .additionalProperties(SdkJson.schemaProperties(output.schema())).build())
            .strict(output.strict())
            .build())
        .build();
  }

  private static void settings(ChatCompletionCreateParams.Builder params, ModelSettings s) {
    if (s.temperature() != null) {
      params.temperature(s.temperature());
    }
    if (s.topP() != null) {
      params.topP(s.topP());
    }
    if (s.maxOutputTokens() != null) {
      params.maxCompletionTokens(s.maxOutputTokens().longValue());
    }
    if (s.parallelToolCalls() != null) {
      params.parallelToolCalls(s.parallelToolCalls());
    }
    if (s.toolChoice() != null && !s.toolChoice().isBlank()) {
      switch (s.toolChoice()) {
        case "auto" -> params.toolChoice(ChatCompletionToolChoiceOption.Auto.AUTO);
        case "required" -> params.toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED);
        case "none" -> params.toolChoice(ChatCompletionToolChoiceOption.Auto.NONE);
        default -> params.toolChoice(ChatCompletionNamedToolChoice.builder()
            .function(ChatCompletionNamedToolChoice.Function.builder()
                .name(s.toolChoice()).build())
            .build());
      }
    }
  }
}
