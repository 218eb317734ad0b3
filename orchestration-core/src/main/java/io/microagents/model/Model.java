package io.microagents.model;

import io.microagents.stream.DeltaListener;

/**
 * A language model: takes a request, returns a response.
 *
 * <p>Implementations make the call (over HTTP, or from a script in tests). They must not
 * retry on their own when run durably: the caller owns retries. Failures that a retry may
 * cure are reported as a {@link ModelException} with {@link ModelException#retryable()}.
 */
@FunctionalInterface
public interface Model {

  /** Calls the model once. */
  ModelResponse call(ModelRequest request);

  /**
   * Calls the model once, streaming: the listener gets the output's deltas as they arrive,
   * and the finished response is returned as {@link #call} would return it. A model that
   * cannot stream returns the whole response and tells the listener nothing.
   */
  default ModelResponse stream(ModelRequest request, DeltaListener listener) {
    return call(request);
  }
}
