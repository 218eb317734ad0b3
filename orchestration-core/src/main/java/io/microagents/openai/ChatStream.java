package io.microagents.openai;

import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import io.microagents.model.ModelException;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one Chat Completions chunk stream: publishes each content, refusal and tool-argument
 * delta of the first choice as it arrives, and hands the chunks to openai-java's
 * {@link ChatCompletionAccumulator}, which rebuilds the completion a non-streamed call returns.
 *
 * <p>A tool call's id and name come only in its first chunk, with its index; later chunks carry
 * the index and a piece of the arguments, so the reader keeps index → id and name.
 */
final class ChatStream {

  /** The tool call at an index of the message: later chunks name only the index. */
  private record ToolCall(String id, String name) {}

  private final DeltaListener listener;
  private final ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
  private final Map<Long, ToolCall> calls = new HashMap<>();
  private int chunks;

  private ChatStream(DeltaListener listener) {
    this.listener = listener;
  }

  /** The parameters with usage requested in the stream's last chunk, as a non-streamed answer has it. */
  static ChatCompletionCreateParams withUsage(ChatCompletionCreateParams params) {
    return params.toBuilder()
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
        .build();
  }

  /**
   * Reads the stream to its end and returns the finished completion.
   *
   * @param endpoint the URL streamed from, named when the stream breaks off; {@code null} when unknown
   * @throws ModelException when the stream breaks off or ends before its last chunk (retryable)
   */
  static ChatCompletion read(StreamResponse<ChatCompletionChunk> stream, DeltaListener listener, String endpoint) {
    ChatStream reader = new ChatStream(listener);
    try {
      stream.stream().forEach(reader::accept);
    } catch (RuntimeException e) {
      throw OpenAiErrors.cutOff(e, endpoint, reader.chunks + " chunks");
    }
    return reader.completion(endpoint);
  }

  private void accept(ChatCompletionChunk chunk) {
    chunks++;
    for (ChatCompletionChunk.Choice choice : chunk.choices()) {
      if (choice.index() == 0) { // the choice the response is made of
        publish(choice.delta());
      }
    }
    if (chunk.usage().isPresent() && !chunk.choices().isEmpty()) {
      // Some servers put usage on the last chunk with choices; the accumulator wants it alone.
      accumulator.accumulate(chunk.toBuilder().usage(Optional.empty()).build());
      accumulator.accumulate(chunk.toBuilder().choices(List.of()).build());
    } else {
      accumulator.accumulate(chunk);
    }
  }

  private void publish(ChatCompletionChunk.Choice.Delta delta) {
    delta.content().filter(text -> !text.isEmpty())
        .ifPresent(text -> listener.onDelta(ModelDelta.text(text)));
    delta.refusal().filter(text -> !text.isEmpty())
        .ifPresent(text -> listener.onDelta(ModelDelta.refusal(text)));
    for (ChatCompletionChunk.Choice.Delta.ToolCall part : delta.toolCalls().orElse(List.of())) {
      Optional<ChatCompletionChunk.Choice.Delta.ToolCall.Function> function = part.function();
      ToolCall call = calls.merge(part.index(),
          new ToolCall(part.id().orElse(null), function.flatMap(f -> f.name()).orElse(null)),
          (known, more) -> new ToolCall(known.id() != null ? known.id() : more.id(),
              known.name() != null ? known.name() : more.name()));
      function.flatMap(f -> f.arguments()).filter(args -> !args.isEmpty())
          .ifPresent(args -> listener.onDelta(ModelDelta.toolArguments(call.id(), call.name(), args)));
    }
  }

  private ChatCompletion completion(String endpoint) {
    try {
      return accumulator.chatCompletion();
    } catch (IllegalStateException notFinished) {
      throw new ModelException("OpenAI API stream" + (endpoint == null ? "" : " from " + endpoint)
          + " ended after " + chunks + " chunks without a finish reason", 0, true, null, null);
    }
  }
}
