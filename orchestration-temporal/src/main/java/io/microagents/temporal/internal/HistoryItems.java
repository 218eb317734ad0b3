package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.model.ItemsDigest;
import io.microagents.model.ItemsReference;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.Continuation;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.ModelActivity;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds a durable run's items from its history events, fed in order across the runs of
 * its workflow id: each model call's recorded input adds the items since the previous call
 * (or replaces the conversation, after a handoff filter rewrote it), and item markers add
 * what no model call carried. Model calls made as local activities are read from their
 * markers. Also yields the model responses in order.
 */
final class HistoryItems {

  private final HistoryPayloads payloads;
  private final boolean keepView;
  private final List<Item> view = new ArrayList<>();
  private int viewCount;
  private ItemsDigest viewDigest = new ItemsDigest();
  private final Set<Long> modelCalls = new HashSet<>();
  private final Set<String> localModelCalls = new HashSet<>();
  private List<Item> input;
  private final List<Item> items = new ArrayList<>();
  private final List<ModelResponse> responses = new ArrayList<>();

  /** @param keepView whether to keep the model's view of the conversation itself (not only its count and digest) */
  HistoryItems(HistoryPayloads payloads, boolean keepView) {
    this.payloads = payloads;
    this.keepView = keepView;
  }

  /** The input the first run started with, once its start event was read (empty for conversations). */
  List<Item> input() {
    return input == null ? List.of() : input;
  }

  /** Takes the items and responses read since the last call. */
  List<Item> takeItems() {
    List<Item> out = List.copyOf(items);
    items.clear();
    return out;
  }

  /** Takes the model responses read since the last call. */
  List<ModelResponse> takeResponses() {
    List<ModelResponse> out = List.copyOf(responses);
    responses.clear();
    return out;
  }

  /** The first {@code count} items of the conversation as the model saw it so far (needs {@code keepView}). */
  List<Item> view(int count) {
    return List.copyOf(view.subList(0, count));
  }

  /** The digest of the model's view so far. */
  ItemsReference viewReference() {
    return new ItemsReference(viewCount, viewDigest.value());
  }

  /** Reads one event. */
  void accept(HistoryEvent e) {
    switch (e.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> started(e);
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
        var a = e.getActivityTaskScheduledEventAttributes();
        if (ModelActivity.TYPE.equals(a.getActivityType().getName())) {
          modelCalls.add(e.getEventId());
          modelCall(payloads.decode(a.getInput(), 0, ModelRequest.class));
        }
      }
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
        var a = e.getActivityTaskCompletedEventAttributes();
        if (modelCalls.contains(a.getScheduledEventId())) {
          responses.add(payloads.decode(a.getResult(), 0, ModelResponse.class));
        }
      }
      case EVENT_TYPE_MARKER_RECORDED -> marker(e.getMarkerRecordedEventAttributes());
      default -> { }
    }
  }

  private void started(HistoryEvent e) {
    modelCalls.clear(); // event and activity ids start again in each run
    localModelCalls.clear();
    var a = e.getWorkflowExecutionStartedEventAttributes();
    if (!a.hasInput()) {
      return;
    }
    String type = a.getWorkflowType().getName();
    Continuation carried = null;
    if ("AgentWorkflow".equals(type) && (input == null || keepView)) {
      AgentRunInput in = payloads.decode(a.getInput(), 0, AgentRunInput.class);
      input = input == null ? in.input() : input;
      carried = in.continuation();
    } else if ("ConversationWorkflow".equals(type) && keepView) {
      carried = payloads.decode(a.getInput(), 0, ConversationInput.class).continuation();
    }
    if (keepView && viewCount == 0 && carried != null) { // one run read alone: from what it carried in
      List<Item> conversation = carried.state().conversation();
      appendToView(conversation.subList(0, Math.min(carried.recorded(), conversation.size())));
    }
  }

  private void modelCall(ModelRequest r) {
    ItemsReference prior = r.priorInput();
    if (prior != null) {
      if (prior.count() != viewCount || !prior.digest().equals(viewDigest.value())) {
        throw new IllegalStateException("A model call refers to " + prior.count() + " items of the conversation, but "
            + viewCount + " items (or others) precede it in the history");
      }
      appendToView(r.input());
      items.addAll(r.input());
      return;
    }
    List<Item> whole = r.input();
    boolean extendsView = whole.size() >= viewCount
        && ItemsDigest.of(whole.subList(0, viewCount)).equals(viewDigest.value());
    if (extendsView) {
      List<Item> added = whole.subList(viewCount, whole.size());
      appendToView(added);
      items.addAll(added);
    } else { // a handoff filter rewrote it: its dropped items came in a marker
      view.clear();
      viewCount = 0;
      viewDigest = new ItemsDigest();
      appendToView(whole);
    }
  }

  private void marker(MarkerRecordedEventAttributes m) {
    LocalCall local = LocalCall.of(m, payloads);
    if (local != null && local.isModelCall()) {
      if (localModelCalls.add(local.activityId()) && local.input() != null) { // its first attempt's marker
        modelCall(payloads.decode(local.input(), 0, ModelRequest.class));
      }
      if (local.result() != null) {
        responses.add(payloads.decode(local.result(), 0, ModelResponse.class));
      }
      return;
    }
    if (!"MutableSideEffect".equals(m.getMarkerName()) || !m.containsDetails("id") || !m.containsDetails("data")) {
      return;
    }
    Payloads id = m.getDetailsOrThrow("id");
    if (!payloads.decode(id, 0, String.class).startsWith(ItemsMarker.ID_PREFIX)) {
      return;
    }
    ItemsMarker marker = payloads.decode(m.getDetailsOrThrow("data"), 0, ItemsMarker.class);
    items.addAll(marker.items());
    if (marker.kind() == ItemsMarker.Kind.TAIL) {
      appendToView(marker.items());
    }
  }

  private void appendToView(List<Item> added) {
    if (keepView) {
      view.addAll(added);
    }
    viewCount += added.size();
    viewDigest.addAll(added);
  }
}
