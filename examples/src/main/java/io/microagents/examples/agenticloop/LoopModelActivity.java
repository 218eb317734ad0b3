package io.microagents.examples.agenticloop;

import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** One model call as an activity: Temporal records its result, so it is never made twice. */
@ActivityInterface
public interface LoopModelActivity {

  /** Calls the model once. */
  @ActivityMethod(name = "LoopModelCall")
  ModelResponse call(ModelRequest request);
}
