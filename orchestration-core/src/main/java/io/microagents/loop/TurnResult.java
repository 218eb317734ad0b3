package io.microagents.loop;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.agent.HandoffDefinition;
import io.microagents.items.HandoffCall;
import io.microagents.items.Item;
import java.util.List;

/**
 * What one turn produced.
 *
 * @param items the turn's items: the model's output, then tool outputs in the model's order
 * @param lastText the text of the model's last assistant message, or {@code null}
 * @param refusal the model's refusal text, or {@code null}
 * @param ranTools whether the model asked for any tool or handoff
 * @param handoff the handoff taken, or {@code null}
 * @param handoffCall the call that took it, or {@code null}
 * @param finalOutput a final output decided by the tool-use behaviour, or {@code null}
 */
record TurnResult(
    List<Item> items,
    String lastText,
    String refusal,
    boolean ranTools,
    HandoffDefinition handoff,
    HandoffCall handoffCall,
    JsonNode finalOutput) {}
