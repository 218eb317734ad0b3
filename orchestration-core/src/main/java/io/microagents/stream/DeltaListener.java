package io.microagents.stream;

/**
 * Receives a streaming model call's deltas in order, on the thread making the call. Must
 * return quickly and not throw: a slow listener slows the call.
 */
@FunctionalInterface
public interface DeltaListener {

  /** Ignores every delta. */
  DeltaListener IGNORE = delta -> {};

  /** One more piece of the output. */
  void onDelta(ModelDelta delta);
}
