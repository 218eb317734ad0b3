package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.model.ItemsDigest;
import io.microagents.model.ItemsReference;
import io.microagents.model.ModelRequest;
import java.util.List;

/**
 * The workflow's side of model input by reference: remembers the input of the last model
 * call, shrinks the next request to the items added since (with a reference to the rest), and
 * answers the activity's query for the referred items. Rebuilt identically on replay.
 */
final class SentModelInput {

  private final boolean enabled;
  private List<Item> sent = List.of();
  private ItemsDigest digest = new ItemsDigest();

  SentModelInput(boolean enabled) {
    this.enabled = enabled;
  }

  /** The request to record: whole when nothing was sent yet or the conversation was rewritten. */
  ModelRequest shrink(ModelRequest request) {
    List<Item> input = request.input();
    if (!enabled) {
      return request;
    }
    boolean continues = !sent.isEmpty() && input.size() >= sent.size()
        && input.subList(0, sent.size()).equals(sent);
    ModelRequest recorded;
    if (continues) {
      ItemsReference prior = new ItemsReference(sent.size(), digest.value());
      List<Item> added = List.copyOf(input.subList(sent.size(), input.size()));
      digest.addAll(added);
      recorded = request.withInput(added, prior);
    } else {
      digest = new ItemsDigest().addAll(input); // a handoff filter rewrote it, or the first call
      recorded = request;
    }
    sent = input;
    return recorded;
  }

  /** The first {@code count} items of the last input sent. */
  List<Item> prefix(int count) {
    if (count < 0 || count > sent.size()) {
      throw new IllegalArgumentException("asked for " + count + " items; the model input in flight has " + sent.size());
    }
    return List.copyOf(sent.subList(0, count));
  }
}
