package io.microagents.temporal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.temporal.ModelActivity;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;

/**
 * A call made as a local activity (the low-latency mode), read from the marker the SDK records
 * for each of its attempts that ended in a workflow task: its activity id and type, its input
 * (the SDK includes the arguments) and its result or failure.
 *
 * @param activityId the call's id in its workflow run (the same for all its attempts)
 * @param type the activity type: {@value ModelActivity#TYPE} or a tool's name
 * @param input its arguments, or {@code null} when the marker does not hold them
 * @param result its result, or {@code null} when it failed
 * @param failure why it failed, or {@code null}
 * @param attempt the attempt that ended with this marker (the SDK's marker metadata), 1 when not recorded
 */
record LocalCall(String activityId, String type, Payloads input, Payloads result, Failure failure, int attempt) {

  /** The name of the SDK's markers of local activities. */
  static final String MARKER = "LocalActivity";

  /** The local call this marker records, or {@code null} for another marker. */
  static LocalCall of(MarkerRecordedEventAttributes m, HistoryPayloads payloads) {
    if (!MARKER.equals(m.getMarkerName()) || !m.containsDetails("type") || !m.containsDetails("activityId")) {
      return null;
    }
    return new LocalCall(payloads.decode(m.getDetailsOrThrow("activityId"), 0, String.class),
        payloads.decode(m.getDetailsOrThrow("type"), 0, String.class),
        m.containsDetails("input") ? m.getDetailsOrThrow("input") : null,
        m.containsDetails("result") ? m.getDetailsOrThrow("result") : null,
        m.hasFailure() ? m.getFailure() : null, attempt(m, payloads));
  }

  private static int attempt(MarkerRecordedEventAttributes m, HistoryPayloads payloads) {
    if (!m.containsDetails("meta")) {
      return 1;
    }
    JsonNode meta = payloads.decode(m.getDetailsOrThrow("meta"), 0, JsonNode.class);
    return meta != null && meta.hasNonNull("atpt") ? meta.get("atpt").asInt(1) : 1; // the SDK's LocalActivityMarkerMetadata
  }

  /** Whether it is a model call. */
  boolean isModelCall() {
    return ModelActivity.TYPE.equals(type);
  }
}
