package io.microagents.testing;

import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Reasoning;
import io.microagents.items.ToolCall;
import io.microagents.model.ModelResponse;
import io.microagents.stream.ModelDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The deltas a {@link ScriptedModel} streams for a response, in the order of its items: a
 * message's text and refusal word by word, a tool call's (or handoff's) arguments in pieces
 * naming the call and the tool, a reasoning summary word by word. Concatenated per kind (and
 * per call), they give back what the response holds. Public for your own fake models: stream
 * a canned response as a real model would.
 */
public final class ScriptedDeltas {

  private ScriptedDeltas() {}

  /** The deltas that stream this response. */
  public static List<ModelDelta> of(ModelResponse response) {
    List<ModelDelta> deltas = new ArrayList<>();
    for (Item item : response.output()) {
      if (item instanceof Message m) {
        TextChunks.of(m.content()).forEach(piece -> deltas.add(ModelDelta.text(piece)));
        TextChunks.of(m.refusal()).forEach(piece -> deltas.add(ModelDelta.refusal(piece)));
      } else if (item instanceof ToolCall c) {
        TextChunks.of(c.arguments())
            .forEach(piece -> deltas.add(ModelDelta.toolArguments(c.callId(), c.name(), piece)));
      } else if (item instanceof HandoffCall h) {
        TextChunks.of(h.arguments())
            .forEach(piece -> deltas.add(ModelDelta.toolArguments(h.callId(), h.name(), piece)));
      } else if (item instanceof Reasoning r) {
        TextChunks.of(r.summary()).forEach(piece -> deltas.add(ModelDelta.reasoning(piece)));
      }
    }
    return deltas;
  }
}
