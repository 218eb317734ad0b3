package io.microagents.temporal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.microagents.json.Json;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a reader of run events stands, per workflow of the tree: its path, the run and last
 * history event read, and the last stream entry read. Written as canonical JSON, so a client
 * can store it and resume from it after a restart.
 */
public final class EventCursor {

  /**
   * One workflow's position. In a change, {@code run == null}, {@code event < 0} and
   * {@code stream == null} leave the field as it was.
   */
  public record Position(String path, String run, long event, String stream) {}

  private final Map<String, Position> positions;

  private EventCursor(Map<String, Position> positions) {
    this.positions = positions;
  }

  /** The start of a run: nothing read. */
  public static EventCursor start() {
    return new EventCursor(new TreeMap<>());
  }

  /**
   * A cursor written by {@link #encode}.
   *
   * @throws IllegalArgumentException when the text is not one
   */
  public static EventCursor decode(String text) {
    try {
      return new EventCursor(new TreeMap<>(Json.mapper().readValue(text, new TypeReference<Map<String, Position>>() {})));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a run events cursor: " + e.getOriginalMessage(), e);
    }
  }

  /** The positions by workflow id. */
  public Map<String, Position> positions() {
    return Map.copyOf(positions);
  }

  /** Applies a change to one workflow's position (a workflow not yet known is added). */
  public void apply(String workflowId, Position change) {
    Position old = positions.get(workflowId);
    if (old == null) {
      positions.put(workflowId, new Position(change.path(), change.run(), Math.max(0, change.event()), change.stream()));
      return;
    }
    positions.put(workflowId, new Position(old.path(),
        change.run() != null ? change.run() : old.run(),
        change.event() >= 0 ? change.event() : old.event(),
        change.stream() != null ? change.stream() : old.stream()));
  }

  /** The cursor as text. */
  public String encode() {
    return Json.write(positions);
  }
}
