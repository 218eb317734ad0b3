package io.microagents.temporal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.json.Json;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.Continuation;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.definition.RunDefinition;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;
import io.temporal.client.WorkflowClient;
import java.util.List;

/**
 * Finds the definition a workflow run runs with in its history: the one its input carried
 * (after a continue-as-new), else the one it recorded when it started, or the last one it
 * took since (an upgrade).
 */
public final class RecordedDefinitions {

  private RecordedDefinitions() {}

  /** The run's definition, or {@code null} when the history is not one of an agent workflow. */
  public static RunDefinition of(WorkflowClient client, List<HistoryEvent> events) {
    HistoryPayloads payloads = new HistoryPayloads(client);
    RunDefinition found = null;
    for (HistoryEvent e : events) {
      if (e.hasWorkflowExecutionStartedEventAttributes()) {
        found = carried(payloads, e);
      } else if (e.hasMarkerRecordedEventAttributes()) {
        RunDefinition d = recorded(payloads, e.getMarkerRecordedEventAttributes());
        found = d != null ? d : found;
      }
    }
    return found;
  }

  private static RunDefinition carried(HistoryPayloads payloads, HistoryEvent e) {
    var a = e.getWorkflowExecutionStartedEventAttributes();
    if (!a.hasInput()) {
      return null;
    }
    Continuation c = switch (a.getWorkflowType().getName()) {
      case "AgentWorkflow" -> payloads.decode(a.getInput(), 0, AgentRunInput.class).continuation();
      case "ConversationWorkflow" -> payloads.decode(a.getInput(), 0, ConversationInput.class).continuation();
      default -> null;
    };
    return c == null ? null : c.definition();
  }

  private static RunDefinition recorded(HistoryPayloads payloads, MarkerRecordedEventAttributes m) {
    if (!"SideEffect".equals(m.getMarkerName()) || !m.containsDetails("data")) {
      return null;
    }
    JsonNode value = payloads.decode(m.getDetailsOrThrow("data"), 0, JsonNode.class);
    if (value == null || !value.has("agents") || !value.has("runtime")) {
      return null;
    }
    return Json.convert(value, RunDefinition.class);
  }
}
