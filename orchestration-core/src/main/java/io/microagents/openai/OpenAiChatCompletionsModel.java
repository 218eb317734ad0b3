package io.microagents.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.microagents.model.Model;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.internal.GuardedListener;
import java.util.Objects;

/**
 * A {@link Model} on OpenAI's Chat Completions API ({@code POST /chat/completions}), which many
 * OpenAI-compatible servers offer.
 *
 * <p>Maps the request's instructions, items, tools, output schema and settings to the API
 * and the answer's message, tool calls and usage back to our items. Makes
 * exactly one HTTP call per {@link #call} or {@link #stream}; failures are
 * {@link io.microagents.model.ModelException}s.
 */
public final class OpenAiChatCompletionsModel implements Model {

  private final OpenAIClient client;
  private final String model;
  private final String endpoint;
  private final String apiKey;

  /**
   * @param client the openai-java client; build it with {@code maxRetries(0)} when the
   *     caller owns retries
   * @param model the model name used when the request names none
   */
  public OpenAiChatCompletionsModel(OpenAIClient client, String model) {
    this(client, model, null, null);
  }

  /**
   * @param endpoint the URL called, named in errors (the client's base URL plus {@code /chat/completions})
   * @param apiKey the key the client sends, redacted from error messages (a provider may echo it)
   */
  OpenAiChatCompletionsModel(OpenAIClient client, String model, String endpoint, String apiKey) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.endpoint = endpoint;
    this.apiKey = apiKey;
  }

  /** The model name used when the request names none. */
  public String model() {
    return model;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    ChatCompletionCreateParams params = ChatRequests.toParams(request, name(request));
    try {
      ChatCompletion completion = client.chat().completions().create(params);
      return ChatOutputs.toModelResponse(completion);
    } catch (RuntimeException e) {
      throw OpenAiErrors.toModelException(e, endpoint, apiKey);
    }
  }

  /**
   * Calls the model with {@code "stream": true} and usage requested in the last chunk
   * ({@code stream_options.include_usage}): content, refusal and tool-argument deltas go to the
   * listener as the chunks arrive, and the completion they add up to is returned exactly as
   * {@link #call} returns it. A connection lost mid-stream is a retryable
   * {@link io.microagents.model.ModelException}; a listener that throws does not fail the call.
   */
  @Override
  public ModelResponse stream(ModelRequest request, DeltaListener listener) {
    ChatCompletionCreateParams params = ChatStream.withUsage(ChatRequests.toParams(request, name(request)));
    GuardedListener guarded = GuardedListener.of(listener, "OpenAI Chat Completions stream");
    try (StreamResponse<ChatCompletionChunk> chunks = client.chat().completions().createStreaming(params)) {
      return ChatOutputs.toModelResponse(ChatStream.read(chunks, guarded, endpoint));
    } catch (RuntimeException e) {
      throw OpenAiErrors.toModelException(e, endpoint, apiKey);
    } finally {
      guarded.finish();
    }
  }

  private String name(ModelRequest request) {
    return request.model() == null || request.model().isBlank() ? model : request.model();
  }
}
