package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.model.ItemsDigest;
import io.microagents.model.ItemsReference;
import io.microagents.model.ModelRequest;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a run's conversation its history already holds, so that every item is recorded
 * once: each model call records only the items added since the previous one, with a
 * reference (count and digest) to the rest; items no later model call will carry (the last
 * turn's, those a handoff filter dropped) go into markers. Lives in workflow code and is
 * rebuilt identically on replay; answers the model activity's query for referred items.
 */
final class RecordedConversation {

  private final boolean byReference;
  private List<Item> sent = List.of();
  private ItemsDigest digest = new ItemsDigest();
  private boolean started;
  private int markers;

  RecordedConversation(boolean byReference) {
    this.byReference = byReference;
  }

  /**
   * Goes on from a previous workflow run, whose history holds the first {@code recorded}
   * items of {@code conversation}: the next model call refers to them.
   */
  void restore(List<Item> conversation, int recorded) {
    sent = List.copyOf(conversation.subList(0, Math.min(recorded, conversation.size())));
    digest = new ItemsDigest().addAll(sent);
    started = !sent.isEmpty(); // nothing recorded: the first call records its whole input
  }

  /** How many leading items of the conversation the history holds as model input. */
  int recorded() {
    return sent.size();
  }

  /** What the history holds so far, with its digest: the items the next model call can refer to. */
  ModelInputResolver.Known soFar() {
    return new ModelInputResolver.Known(sent, digest.copy());
  }

  /** Whether a model call was made (or restored from a previous run). */
  boolean started() {
    return started;
  }

  /** Whether this input goes on from what was recorded (false when a handoff filter rewrote it). */
  boolean continues(List<Item> input) {
    return input.size() >= sent.size() && input.subList(0, sent.size()).equals(sent);
  }

  /** The request to record: only the new items when it goes on from what was recorded. */
  ModelRequest shrink(ModelRequest request) {
    List<Item> input = request.input();
    boolean continues = started && continues(input);
    ModelRequest recorded = request;
    if (continues) {
      List<Item> added = List.copyOf(input.subList(sent.size(), input.size()));
      if (byReference) {
        recorded = request.withInput(added, new ItemsReference(sent.size(), digest.value()));
      }
      digest.addAll(added);
    } else {
      digest = new ItemsDigest().addAll(input);
    }
    sent = input;
    started = true;
    return recorded;
  }

  /** Records the conversation's last items, which no model call carries; the conversation goes on from them. */
  void recordTail(List<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    mark(new ItemsMarker(ItemsMarker.Kind.TAIL, items));
    List<Item> all = new ArrayList<>(sent.size() + items.size());
    all.addAll(sent);
    all.addAll(items);
    sent = all;
    digest.addAll(items);
  }

  /** Records a turn's items that a handoff filter took out of the conversation. */
  void recordDropped(List<Item> items) {
    if (!items.isEmpty()) {
      mark(new ItemsMarker(ItemsMarker.Kind.DROPPED, items));
    }
  }

  private void mark(ItemsMarker marker) {
    String id = ItemsMarker.ID_PREFIX + (++markers);
    Workflow.mutableSideEffect(id, ItemsMarker.class, (a, b) -> false, () -> marker);
  }

  /** Items {@code from} (inclusive) to {@code to} (exclusive) of what was recorded. */
  List<Item> range(int from, int to) {
    if (from < 0 || to < from || to > sent.size()) {
      throw new IllegalArgumentException("asked for items " + from + " to " + to
          + "; the recorded model input has " + sent.size());
    }
    return List.copyOf(sent.subList(from, to));
  }
}
