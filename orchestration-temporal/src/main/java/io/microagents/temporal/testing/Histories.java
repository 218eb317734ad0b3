package io.microagents.temporal.testing;

import io.microagents.json.Json;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what a workflow did from its history: activities in order, child workflows. */
public final class Histories {

  /**
   * One activity as history records it.
   *
   * @param type the activity type: {@code ModelCall}, or a tool's name
   * @param inputs each argument as JSON text
   * @param result the result as JSON text, or {@code null}
   * @param failure the last failure's message ({@code timed out START_TO_CLOSE} for a timeout), or {@code null}
   * @param summary the summary the UI shows, or {@code null}
   * @param attempts the attempt that ended it (1 when it was not retried)
   */
  public record Activity(String type, List<String> inputs, String result, String failure, String summary, int attempts) {}

  private Histories() {}

  /** The types of the activities scheduled, in order. */
  public static List<String> activityTypes(WorkflowExecutionHistory history) {
    return activities(history).stream().map(Activity::type).toList();
  }

  /**
   * The activities scheduled, in order, with inputs and outcomes; local activities (the
   * low-latency mode) are read from their markers.
   */
  public static List<Activity> activities(WorkflowExecutionHistory history) {
    Map<Long, Integer> indexById = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<List<String>> inputs = new ArrayList<>();
    List<Integer> attempts = new ArrayList<>();
    Map<String, Integer> localIndex = new HashMap<>();
    for (HistoryEvent e : history.getEvents()) {
      if (e.hasWorkflowExecutionStartedEventAttributes()) {
        localIndex.clear();
      }
      if (e.hasActivityTaskScheduledEventAttributes()) {
        var a = e.getActivityTaskScheduledEventAttributes();
        indexById.put(e.getEventId(), rows.size());
        String summary = e.getUserMetadata().hasSummary() ? unquote(text(e.getUserMetadata().getSummary())) : null;
        rows.add(new String[] {a.getActivityType().getName(), null, null, summary});
        inputs.add(texts(a.getInput()));
        attempts.add(0);
      } else if (e.hasActivityTaskStartedEventAttributes()) {
        var a = e.getActivityTaskStartedEventAttributes();
        attempts.set(indexById.get(a.getScheduledEventId()), a.getAttempt());
      } else if (e.hasActivityTaskCompletedEventAttributes()) {
        var a = e.getActivityTaskCompletedEventAttributes();
        rows.get(indexById.get(a.getScheduledEventId()))[1] = String.join(",", texts(a.getResult()));
      } else if (e.hasActivityTaskFailedEventAttributes()) {
        var a = e.getActivityTaskFailedEventAttributes();
        rows.get(indexById.get(a.getScheduledEventId()))[2] = a.getFailure().getMessage();
      } else if (e.hasMarkerRecordedEventAttributes() && "LocalActivity".equals(e.getMarkerRecordedEventAttributes().getMarkerName())) {
        local(e, rows, inputs, attempts, localIndex);
      } else if (e.hasActivityTaskTimedOutEventAttributes()) {
        var a = e.getActivityTaskTimedOutEventAttributes();
        String type = a.getFailure().hasTimeoutFailureInfo()
            ? a.getFailure().getTimeoutFailureInfo().getTimeoutType().name().replace("TIMEOUT_TYPE_", "") : "";
        rows.get(indexById.get(a.getScheduledEventId()))[2] = ("timed out " + type).trim();
      }
    }
    List<Activity> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      out.add(new Activity(r[0], inputs.get(i), r[1], r[2], r[3], attempts.get(i)));
    }
    return out;
  }

  /** A local activity's marker (the low-latency mode): one row per call, its last attempt's outcome. */
  private static void local(HistoryEvent e, List<String[]> rows, List<List<String>> inputs, List<Integer> attempts,
      Map<String, Integer> localIndex) {
    var m = e.getMarkerRecordedEventAttributes();
    String id = m.containsDetails("activityId") ? unquote(String.join(",", texts(m.getDetailsOrThrow("activityId")))) : "";
    Integer row = localIndex.get(id);
    if (row == null) {
      row = rows.size();
      localIndex.put(id, row);
      String summary = e.getUserMetadata().hasSummary() ? unquote(text(e.getUserMetadata().getSummary())) : null;
      String type = m.containsDetails("type") ? unquote(String.join(",", texts(m.getDetailsOrThrow("type")))) : "";
      rows.add(new String[] {type, null, null, summary});
      inputs.add(m.containsDetails("input") ? texts(m.getDetailsOrThrow("input")) : List.of());
      attempts.add(0);
    }
    attempts.set(row, attempt(m, attempts.get(row) + 1));
    if (m.containsDetails("result")) {
      rows.get(row)[1] = String.join(",", texts(m.getDetailsOrThrow("result")));
    } else if (m.hasFailure()) {
      rows.get(row)[2] = m.getFailure().getMessage();
    }
  }

  /** The attempt a local activity's marker records (its metadata), else {@code otherwise}. */
  private static int attempt(io.temporal.api.history.v1.MarkerRecordedEventAttributes m, int otherwise) {
    if (!m.containsDetails("meta")) {
      return otherwise;
    }
    var meta = io.microagents.json.Json.parse(String.join(",", texts(m.getDetailsOrThrow("meta"))));
    return meta.hasNonNull("atpt") ? meta.get("atpt").asInt() : otherwise; // the SDK's LocalActivityMarkerMetadata
  }

  /** The ids of the child workflows started, in order. */
  public static List<String> childWorkflowIds(WorkflowExecutionHistory history) {
    List<String> ids = new ArrayList<>();
    for (HistoryEvent e : history.getEvents()) {
      if (e.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
        ids.add(e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId());
      }
    }
    return ids;
  }

  /** How many events of a kind the history holds, e.g. {@code EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED}. */
  public static long count(WorkflowExecutionHistory history, String eventType) {
    return history.getEvents().stream().filter(e -> e.getEventType().name().equals(eventType)).count();
  }

  private static List<String> texts(Payloads payloads) {
    List<String> out = new ArrayList<>();
    for (Payload p : payloads.getPayloadsList()) {
      out.add(text(p));
    }
    return out;
  }

  private static String unquote(String json) {
    try {
      var node = Json.parse(json);
      return node.isTextual() ? node.asText() : json;
    } catch (IllegalArgumentException e) {
      return json;
    }
  }

  private static String text(Payload p) {
    return p.getData().toString(StandardCharsets.UTF_8);
  }
}
