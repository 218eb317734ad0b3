package io.microagents.temporal.internal;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.microagents.model.ModelException;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.temporal.ModelActivity;
import io.temporal.failure.ApplicationFailure;

/**
 * Calls the worker's model and classifies its failures for Temporal: retryable ones carry
 * the provider's {@code Retry-After} as the next retry delay, the others fail at once.
 */
public final class ModelActivityImpl implements ModelActivity {

  /** The failure type of model errors, retryable or not. */
  public static final String FAILURE_TYPE = "ModelException";

  private final ModelProvider models;
  private final ModelInputResolver inputs = new ModelInputResolver();

  public ModelActivityImpl(ModelProvider models) {
    this.models = models;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    ModelInputResolver.Known input = inputs.resolve(request, context);
    ModelRequest whole = request.withInput(input.items(), null);
    try {
      ModelResponse response = Heartbeats.whileRunning(context, () -> models.model(whole.model()).call(whole));
      inputs.remember(context, input);
      return response;
    } catch (ModelException e) {
      throw failure(request, e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw Activity.wrap(e);
    }
  }

  static ApplicationFailure failure(ModelRequest request, ModelException e) {
    String message = "Model call of agent '" + request.agent() + "' failed"
        + (e.status() > 0 ? " with HTTP " + e.status() : "") + ": " + e.getMessage();
    return ApplicationFailure.newBuilder()
        .setMessage(message)
        .setType(FAILURE_TYPE)
        .setDetails(e.status())
        .setNonRetryable(!e.retryable())
        .setNextRetryDelay(e.retryable() ? e.retryAfter() : null)
        .build(); // no cause: the provider's exception may carry request details, never put in history
  }
}
