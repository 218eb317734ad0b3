package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.model.ItemsReference;
import io.microagents.model.ModelResponse;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads what a durable run recorded back from the history of every run of its workflow id:
 * the input, the items in order and the model responses. Items are never part of a workflow
 * result, so this is how a client gets them, page by page.
 */
public final class RunHistory {

  private final WorkflowClient client;
  private final HistoryPayloads payloads;

  public RunHistory(WorkflowClient client) {
    this.client = client;
    this.payloads = new HistoryPayloads(client);
  }

  /** What a run recorded, read whole. */
  public record Recorded(List<Item> input, List<Item> items, List<ModelResponse> responses) {

    /** The items after the input: what the run generated. */
    public List<Item> newItems() {
      return items.size() >= input.size() ? items.subList(input.size(), items.size()) : List.of();
    }
  }

  /** The conversation in order (an agent run's input, then what it generated), read lazily. */
  public Stream<Item> items(String workflowId) {
    HistoryChain chain = new HistoryChain(client, workflowId);
    HistoryItems reader = new HistoryItems(payloads, false);
    Iterator<List<Item>> batches = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return chain.hasNext();
      }

      @Override
      public List<Item> next() {
        reader.accept(chain.next());
        return reader.takeItems();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
        .flatMap(List::stream);
  }

  /** Input, items and model responses of the run, all of them. */
  public Recorded read(String workflowId) {
    HistoryChain chain = new HistoryChain(client, workflowId);
    HistoryItems reader = new HistoryItems(payloads, false);
    List<Item> items = new ArrayList<>();
    List<ModelResponse> responses = new ArrayList<>();
    while (chain.hasNext()) {
      reader.accept(chain.next());
      items.addAll(reader.takeItems());
      responses.addAll(reader.takeResponses());
    }
    return new Recorded(reader.input(), items, responses);
  }

  /**
   * The conversation items a model call refers to, rebuilt from the history of its workflow
   * run up to the call (activity {@code activityId} of run {@code runId}) — from the run's
   * start, whose input carries what earlier runs recorded; for when the workflow cannot be
   * queried.
   */
  List<Item> referredBy(String workflowId, String runId, String activityId, ItemsReference prior) {
    HistoryItems reader = new HistoryItems(payloads, true);
    Iterator<HistoryEvent> events = client.streamHistory(workflowId, runId).iterator();
    while (events.hasNext()) {
      HistoryEvent e = events.next();
      if (e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
          && e.getActivityTaskScheduledEventAttributes().getActivityId().equals(activityId)) {
        if (!reader.viewReference().equals(prior)) {
          throw new IllegalStateException("the history's model input before the call (" + reader.viewReference()
              + ") is not the one it refers to (" + prior + ")");
        }
        return reader.view(prior.count());
      }
      reader.accept(e);
    }
    throw new IllegalStateException("activity " + activityId + " is not in the history of run " + runId + " of "
        + workflowId);
  }
}
