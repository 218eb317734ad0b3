package io.microagents.openai;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.model.ModelException;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import java.util.ArrayList;
import java.util.List;

/** Maps a Chat Completions answer to a {@link ModelResponse}. */
final class ChatOutputs {

  private ChatOutputs() {}

  static ModelResponse toModelResponse(ChatCompletion completion) {
    if (completion.choices().isEmpty()) {
      throw new ModelException("OpenAI chat completion " + completion.id() + " has no choices",
          0, true, null, null);
    }
    ChatCompletionMessage message = completion.choices().get(0).message();
    List<Item> output = new ArrayList<>();
    String content = message.content().orElse("");
    String refusal = message.refusal().orElse(null);
    if (!content.isEmpty() || refusal != null) {
      output.add(new Message(Role.ASSISTANT, content, refusal));
    }
    for (ChatCompletionMessageToolCall call : message.toolCalls().orElse(List.of())) {
      if (call.isFunction()) {
        ChatCompletionMessageFunctionToolCall fn = call.asFunction();
        output.add(new ToolCall(fn.id(), fn.function().name(), fn.function().arguments()));
      }
    }
    Usage usage = completion.usage()
        .map(u -> Usage.ofRequest(u.promptTokens(), u.completionTokens()))
        .orElse(Usage.ofRequest(0, 0));
    return new ModelResponse(output, usage, completion.id());
  }
}
