package io.microagents.temporal;

import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * One model call as an activity; its type in history is {@value #TYPE}. The worker's
 * {@code ModelProvider} resolves {@link ModelRequest#model()}. A {@code ModelException}
 * that a retry may cure (408, 409, 429, 5xx, no response) is retried by the activity's
 * policy, after the provider's {@code Retry-After} when given; any other fails at once.
 */
@ActivityInterface
public interface ModelActivity {

  /** The activity type of model calls. No tool may have this name. */
  String TYPE = "ModelCall";

  /** Calls the model once. */
  @ActivityMethod(name = TYPE)
  ModelResponse call(ModelRequest request);
}
