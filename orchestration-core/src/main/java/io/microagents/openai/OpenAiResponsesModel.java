package io.microagents.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import io.microagents.model.Model;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.internal.GuardedListener;
import java.util.Objects;

/**
 * A {@link Model} on OpenAI's Responses API ({@code POST /responses}).
 *
 * <p>Maps the request's instructions, items, tools, output schema and settings to the API
 * and the answer's messages, function calls, reasoning and usage back to our items. Makes
 * exactly one HTTP call per {@link #call} or {@link #stream}; failures are
 * {@link io.microagents.model.ModelException}s.
 */
public final class OpenAiResponsesModel implements Model {

  private final OpenAIClient client;
  private final String model;
  private final String endpoint;
  private final String apiKey;

  /**
   * @param client the openai-java client; build it with {@code maxRetries(0)} when the
   *     caller owns retries
   * @param model the model name used when the request names none
   */
  public OpenAiResponsesModel(OpenAIClient client, String model) {
    this(client, model, null, null);
  }

  /**
   * @param endpoint the URL called, named in errors (the client's base URL plus {@code /responses})
   * @param apiKey the key the client sends, redacted from error messages (a provider may echo it)
   */
  OpenAiResponsesModel(OpenAIClient client, String model, String endpoint, String apiKey) {
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
    ResponseCreateParams params = ResponsesRequests.toParams(request, name(request));
    // The raw answer (openai-java's request, HTTP and error handling all the same), read by
    // ResponsesJson: cheaper than openai-java's typed Response, for the same ModelResponse.
    try (HttpResponseFor<Response> response = client.responses().withRawResponse().create(params)) {
      return ResponsesJson.toModelResponse(response.body());
    } catch (RuntimeException e) {
      throw OpenAiErrors.toModelException(e, endpoint, apiKey);
    }
  }

  /**
   * Calls the model with {@code "stream": true}: text, refusal, reasoning-summary and
   * function-argument deltas go to the listener as the events arrive, and the response the
   * last event carries is returned exactly as {@link #call} returns it. A connection lost
   * mid-stream is a retryable {@link io.microagents.model.ModelException}; a listener that
   * throws does not fail the call.
   */
  @Override
  public ModelResponse stream(ModelRequest request, DeltaListener listener) {
    ResponseCreateParams params = ResponsesRequests.toParams(request, name(request));
    GuardedListener guarded = GuardedListener.of(listener, "OpenAI Responses stream");
    try (StreamResponse<ResponseStreamEvent> events = client.responses().createStreaming(params)) {
      return ResponsesOutputs.toModelResponse(ResponsesStream.read(events, guarded, endpoint));
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
