package io.microagents.openai;

import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputMessage;
import com.openai.models.responses.ResponseReasoningItem;
import com.openai.models.responses.ResponseStatus;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Reasoning;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.model.ModelException;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Maps a Responses API answer to a {@link ModelResponse}. */
final class ResponsesOutputs {

  private ResponsesOutputs() {}

  static ModelResponse toModelResponse(Response response) {
    failIfFailed(response);
    List<Item> output = new ArrayList<>();
    for (ResponseOutputItem item : response.output()) {
      if (item.isMessage()) {
        output.add(message(item.asMessage()));
      } else if (item.isFunctionCall()) {
        ResponseFunctionToolCall call = item.asFunctionCall();
        output.add(new ToolCall(call.callId(), call.name(), call.arguments()));
      } else if (item.isReasoning()) {
        output.add(reasoning(item.asReasoning()));
      }
      // Other items (built-in tools: web search, file search, ...) are not offered, so not expected.
    }
    Usage usage = response.usage()
        .map(u -> Usage.ofRequest(u.inputTokens(), u.outputTokens()))
        .orElse(Usage.ofRequest(0, 0));
    return new ModelResponse(output, usage, response.id());
  }

  private static Message message(ResponseOutputMessage message) {
    StringBuilder text = new StringBuilder();
    StringBuilder refusal = new StringBuilder();
    for (ResponseOutputMessage.Content content : message.content()) {
      if (content.isOutputText()) {
        text.append(content.asOutputText().text());
      } else if (content.isRefusal()) {
        refusal.append(content.asRefusal().refusal());
      }
    }
    return new Message(Role.ASSISTANT, text.toString(),
        refusal.length() == 0 ? null : refusal.toString());
  }

  private static Reasoning reasoning(ResponseReasoningItem item) {
    String summary = item.summary().stream()
        .map(ResponseReasoningItem.Summary::text)
        .collect(Collectors.joining("\n"));
    return new Reasoning(item.id(), summary);
  }

  private static void failIfFailed(Response response) {
    boolean failed = response.status().map(ResponseStatus.FAILED::equals).orElse(false);
    if (failed || response.error().isPresent()) {
      String message = response.error().map(e -> e.code().asString() + ": " + e.message())
          .orElse("no error details");
      // A failed response is the provider's own failure (server error, rate limit): retry.
      throw new ModelException("OpenAI response " + response.id() + " failed: " + message,
          0, true, null, null);
    }
  }
}
