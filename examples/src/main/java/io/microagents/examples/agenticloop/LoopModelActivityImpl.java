package io.microagents.examples.agenticloop;

import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;

/** Calls the model of the worker's provider; retries are the activity's retry policy. */
public final class LoopModelActivityImpl implements LoopModelActivity {

  private final ModelProvider models;

  /** Calls models of this provider. */
  public LoopModelActivityImpl(ModelProvider models) {
    this.models = models;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    return models.model(request.model()).call(request);
  }
}
