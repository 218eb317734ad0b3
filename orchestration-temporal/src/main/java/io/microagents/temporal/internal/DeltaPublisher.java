package io.microagents.temporal.internal;

import io.microagents.model.Model;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import io.microagents.stream.StreamEntry;
import io.microagents.stream.StreamTransport;
import io.temporal.activity.ActivityInfo;

/**
 * Publishes one model-call attempt's deltas to the run's stream: the key is the workflow id,
 * the call the activity id (the same for every attempt), so that a subscriber seeing a higher
 * attempt discards what an earlier one streamed. The attempt's end is published whether it
 * succeeded or not; a local activity's attempt (the low-latency mode) starts with a START marker,
 * since its history tells the call only when it is over. Nothing here touches history: the activity still returns the finished
 * response, and only that is recorded.
 */
final class DeltaPublisher implements DeltaListener {

  private final StreamTransport streams;
  private final String key;
  private final String call;
  private final int attempt;
  private final String agent;

  private DeltaPublisher(StreamTransport streams, String key, String call, int attempt, String agent) {
    this.streams = streams;
    this.key = key;
    this.call = call;
    this.attempt = attempt;
    this.agent = agent;
  }

  /** Calls the model streaming, publishing its deltas, then the end of this attempt. */
  static ModelResponse stream(StreamTransport streams, ActivityInfo info, Model model, ModelRequest request) {
    DeltaPublisher publisher = new DeltaPublisher(streams, info.getWorkflowId(), info.getActivityId(), info.getAttempt(),
        request.agent());
    if (info.isLocal()) { // history tells a local call's start only with its end: the stream tells it first
      publisher.publish(StreamEntry.start(publisher.call, publisher.attempt, publisher.agent));
    }
    try {
      return model.stream(request, publisher);
    } finally {
      publisher.publish(StreamEntry.end(publisher.call, publisher.attempt, publisher.agent));
    }
  }

  @Override
  public void onDelta(ModelDelta delta) {
    publish(StreamEntry.delta(call, attempt, agent, delta));
  }

  private void publish(StreamEntry entry) {
    try {
      streams.publish(key, entry);
    } catch (RuntimeException e) {
      // A transport must not throw; if one does, the call goes on without its stream.
    }
  }
}
