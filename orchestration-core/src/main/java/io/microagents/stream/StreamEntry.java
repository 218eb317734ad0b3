package io.microagents.stream;

/**
 * One entry of a run's stream: a delta of one model call, or a marker.
 *
 * <p>{@code call} names the model call (stable across its retries) and {@code attempt} its
 * attempt: when entries of a higher attempt of the same call arrive, the deltas of the lower
 * one belong to a partial response that was abandoned, and a subscriber discards them.
 *
 * @param id the transport's id, increasing within a stream; {@code null} when publishing
 * @param call the model call, e.g. the activity id of a durable run's {@code ModelCall}
 * @param attempt the call's attempt, from 1
 * @param agent the agent making the call
 * @param delta the new output; {@code null} on a marker
 * @param marker what a marker says; {@code null} on a delta
 */
public record StreamEntry(String id, String call, int attempt, String agent, ModelDelta delta, Marker marker) {

  /** What a marker entry says. */
  public enum Marker {
    /**
     * The call started, told from the stream because its run's history records it only when it
     * is over (a durable run's local activity, the low-latency mode): its deltas follow.
     */
    START,
    /** The call's stream ended: the finished response is in the run's history. */
    END,
    /**
     * Entries are missing before this one: dropped for a slow subscriber, trimmed from the
     * transport, or lost while the broker was down. The text of the calls concerned is
     * incomplete; their finished responses are complete.
     */
    GAP
  }

  /** A delta, to publish. */
  public static StreamEntry delta(String call, int attempt, String agent, ModelDelta delta) {
    return new StreamEntry(null, call, attempt, agent, delta, null);
  }

  /** The start of a call whose history records it only at its end, to publish before its deltas. */
  public static StreamEntry start(String call, int attempt, String agent) {
    return new StreamEntry(null, call, attempt, agent, null, Marker.START);
  }

  /** The end of a call's stream, to publish. */
  public static StreamEntry end(String call, int attempt, String agent) {
    return new StreamEntry(null, call, attempt, agent, null, Marker.END);
  }

  /** This entry with the transport's id. */
  public StreamEntry withId(String newId) {
    return new StreamEntry(newId, call, attempt, agent, delta, marker);
  }
}
