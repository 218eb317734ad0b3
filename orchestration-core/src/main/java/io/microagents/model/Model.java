package io.microagents.model;

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
}
