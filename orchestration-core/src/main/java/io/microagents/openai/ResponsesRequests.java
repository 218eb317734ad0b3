package io.microagents.openai;

import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFormatTextJsonSchemaConfig;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseTextConfig;
import com.openai.models.responses.ToolChoiceFunction;
import com.openai.models.responses.ToolChoiceOptions;
import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelSettings;
import io.microagents.model.OutputSpec;
import io.microagents.model.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/** Maps a {@link ModelRequest} to Responses API parameters. */
final class ResponsesRequests {

  private ResponsesRequests() {}

  static ResponseCreateParams toParams(ModelRequest request, String model) {
    ResponseCreateParams.Builder params = ResponseCreateParams.builder()
        .model(model)
        .input(ResponseCreateParams.Input.ofResponse(input(request.input())));
    if (request.instructions() != null && !request.instructions().isBlank()) {
      params.instructions(request.instructions());
    }
    request.tools().forEach(t -> params.addTool(tool(t)));
    if (request.output() != null) {
      params.text(ResponseTextConfig.builder().format(format(request.output())).build());
    }
    settings(params, request.settings());
    if (request.agent() != null && !request.agent().isBlank()) {
      params.putAdditionalHeader(AgentHeader.NAME, AgentHeader.encode(request.agent()));
    }
    return params.build();
  }

  static List<ResponseInputItem> input(List<Item> items) {
    List<ResponseInputItem> input = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof Message m) {
        input.add(ResponseInputItem.ofEasyInputMessage(message(m)));
      } else if (item instanceof ToolCall c) {
        input.add(ResponseInputItem.ofFunctionCall(functionCall(c.callId(), c.name(), c.arguments())));
      } else if (item instanceof HandoffCall h) {
        input.add(ResponseInputItem.ofFunctionCall(functionCall(h.callId(), h.name(), h.arguments())));
      } else if (item instanceof ToolOutput o) {
        input.add(ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput
            .builder().callId(o.callId()).output(o.output()).build()));
      }
      // Reasoning items are not sent back: the API accepts a reasoning item only together with
      // the item that followed it, referred to by the provider's item id, which our items do
      // not keep. Without them the model reasons afresh; with a partial pair the call fails.
    }
    return input;
  }

  private static EasyInputMessage message(Message m) {
    // The easy message form has no refusal field: a refusal is sent as the message text.
    String text = m.content().isEmpty() && m.refusal() != null ? m.refusal() : m.content();
    return EasyInputMessage.builder()
        .role(EasyInputMessage.Role.of(m.role().wire()))
        .content(text)
        .build();
  }

  private static ResponseFunctionToolCall functionCall(String callId, String name, String args) {
    return ResponseFunctionToolCall.builder().callId(callId).name(name)
        .arguments(args.isEmpty() ? "{}" : args).build();
  }

  private static FunctionTool tool(ToolSpec spec) {
    FunctionTool.Builder b = FunctionTool.builder()
        .name(spec.name())
        .parameters(FunctionTool.Parameters.builder()
            .additionalProperties(SdkJson.schemaProperties(spec.parameters())).build())
        .strict(spec.strict());
    if (spec.description() != null && !spec.description().isBlank()) {
      b.description(spec.description());
    }
    return b.build();
  }

  private static ResponseFormatTextJsonSchemaConfig format(OutputSpec output) {
    return ResponseFormatTextJsonSchemaConfig.builder()
        .name(output.name())
        .schema(ResponseFormatTextJsonSchemaConfig.Schema.builder()
            .additionalProperties(SdkJson.schemaProperties(output.schema())).build())
        .strict(output.strict())
        .build();
  }

  private static void settings(ResponseCreateParams.Builder params, ModelSettings s) {
    if (s.temperature() != null) {
      params.temperature(s.temperature());
    }
    if (s.topP() != null) {
      params.topP(s.topP());
    }
    if (s.maxOutputTokens() != null) {
      params.maxOutputTokens(s.maxOutputTokens().longValue());
    }
    if (s.parallelToolCalls() != null) {
      params.parallelToolCalls(s.parallelToolCalls());
    }
    if (s.toolChoice() != null && !s.toolChoice().isBlank()) {
      switch (s.toolChoice()) {
        case "auto" -> params.toolChoice(ToolChoiceOptions.AUTO);
        case "required" -> params.toolChoice(ToolChoiceOptions.REQUIRED);
        case "none" -> params.toolChoice(ToolChoiceOptions.NONE);
        default -> params.toolChoice(ToolChoiceFunction.builder().name(s.toolChoice()).build());
      }
    }
  }
}
