package io.microagents.temporal.internal;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.microagents.model.ModelException;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.StreamTransport;
import io.microagents.temporal.ModelActivity;
import io.temporal.failure.ApplicationFailure;

/**
 * Calls the worker's model (streaming its output to the transport when there is one) and classifies its failures for Temporal: retryable ones carry
 * the provider's {@code Retry-After} as the next retry delay, the others fail at once.
 */
public final class ModelActivityImpl implements ModelActivity {

  /** The failure type of model errors, retryable or not. */
  public static final String FAILURE_TYPE = "ModelException";

  private final ModelProvider models;
  private final int payloadLimit;
  private final ModelInputResolver inputs = new ModelInputResolver();
  private final StreamTransport streams;

  /**
   * @param payloadLimit the largest response recorded when the client has no External Storage
   * @param streams where calls publish their deltas; {@code null}: calls do not stream
   */
  public ModelActivityImpl(ModelProvider models, int payloadLimit, StreamTransport streams) {
    this.models = models;
    this.payloadLimit = payloadLimit;
    this.streams = streams;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    try {
      // Heartbeats start before the input is resolved: a slow query must not look like a dead worker.
      return Heartbeats.whileRunning(context, () -> {
        ModelInputResolver.Known input = inputs.resolve(request, context);
        ModelRequest whole = request.withInput(input.items(), null);
        ModelResponse response = streams == null ? models.model(whole.model()).call(whole)
            : DeltaPublisher.stream(streams, context.getInfo(), models.model(whole.model()), whole);
        PayloadLimit.checkResult(context.getWorkflowClient(), payloadLimit, response,
            "The response of the model call of agent '" + request.agent() + "'");
        inputs.remember(context, input);
        return response;
      });
    } catch (ModelException e) {
      throw failure(request, e);
    } catch (Exception e) {
      throw CompactFailures.of(e);
    }
  }

  static ApplicationFailure failure(ModelRequest request, ModelException e) {
    String message = "Model call of agent '" + request.agent() + "' failed"
        + (e.status() > 0 ? " with HTTP " + e.status() : "") + ": " + e.getMessage();
    ApplicationFailure failure = ApplicationFailure.newBuilder()
        .setMessage(CompactFailures.clip(message))
        .setType(FAILURE_TYPE)
        .setDetails(e.status())
        .setNonRetryable(!e.retryable())
        // A zero delay is not "at once" to the server: it ends the retries (RETRY_STATE_TIMEOUT). Leave it to the policy.
        .setNextRetryDelay(e.retryable() && e.retryAfter() != null && e.retryAfter().toMillis() > 0 ? e.retryAfter() : null)
        .build(); // no cause: the provider's exception may carry request details, never put in history
    return CompactFailures.trimmed(failure);
  }
}
