package io.microagents.console.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.model.Usage;
import io.microagents.temporal.PendingApproval;
import io.microagents.temporal.PendingQuestion;
import io.microagents.temporal.RunEvent;

/**
 * A {@link RunEvent} as the JSON {@code run.js} reads: {@code type} (the record's name),
 * {@code path} (the child's own for {@code ChildStarted}), and the event's fields.
 */
final class EventJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  static String of(RunEvent event) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", event.getClass().getSimpleName());
    o.put("path", event.path());
    if (event instanceof RunEvent.AgentStarted e) {
      o.put("agent", e.agent());
    } else if (event instanceof RunEvent.ModelCallStarted e) {
      o.put("agent", e.agent()).put("call", e.call());
    } else if (event instanceof RunEvent.Delta e) {
      o.put("agent", e.agent()).put("call", e.call()).put("attempt", e.attempt())
          .put("kind", e.delta().kind().name()).put("text", e.delta().text());
    } else if (event instanceof RunEvent.PartialOutputDiscarded e) {
      o.put("call", e.call()).put("attempt", e.attempt());
    } else if (event instanceof RunEvent.ModelCallFinished e) {
      usage(o.put("agent", e.agent()).put("call", e.call()), e.usage());
    } else if (event instanceof RunEvent.ToolCallStarted e) {
      o.put("agent", e.agent()).put("tool", e.tool()).put("arguments", e.arguments());
    } else if (event instanceof RunEvent.ToolCallFinished e) {
      o.put("tool", e.tool()).put("output", e.output()).put("error", e.error());
    } else if (event instanceof RunEvent.Handoff e) {
      o.put("from", e.from()).put("to", e.to());
    } else if (event instanceof RunEvent.ChildStarted e) {
      o.put("agent", e.agent()).put("workflowId", e.workflowId());
    } else if (event instanceof RunEvent.WaitingForPerson e) {
      ArrayNode q = o.putArray("questions");
      for (PendingQuestion p : e.questions()) {
        q.addObject().put("id", p.id()).put("agent", p.agent()).put("question", p.question());
      }
      ArrayNode a = o.putArray("approvals");
      for (PendingApproval p : e.approvals()) {
        a.addObject().put("callId", p.callId()).put("agent", p.agent()).put("tool", p.tool()).put("arguments", p.arguments());
      }
    } else if (event instanceof RunEvent.Finished e && e.summary() != null) {
      o.put("lastAgent", e.summary().lastAgent()).put("turns", e.summary().turns());
      var output = e.summary().finalOutput();
      o.put("output", output == null ? null : output.isTextual() ? output.asText() : output.toPrettyString());
      usage(o, e.summary().usage());
    } else if (event instanceof RunEvent.Failed e) {
      o.put("message", e.message());
    }
    return o.toString();
  }

  private static void usage(ObjectNode o, Usage usage) {
    if (usage != null) {
      o.putObject("usage").put("input", usage.inputTokens()).put("output", usage.outputTokens())
          .put("total", usage.totalTokens());
    }
  }
}
