/**
 * Live output of model calls: the deltas a streaming model produces
 * ({@link io.microagents.stream.ModelDelta}), and the transport that carries them from the
 * worker making the call to the clients watching the run
 * ({@link io.microagents.stream.StreamTransport}). Deltas never enter a durable run's
 * history: only the finished response does.
 */
package io.microagents.stream;
