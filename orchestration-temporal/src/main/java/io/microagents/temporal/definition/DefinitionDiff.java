package io.microagents.temporal.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between the definition a run has and another one (the build about to be
 * deployed), in sentences an operator can act on: a run keeps its own definition, so these
 * are the changes it will not see — and a tool gone from the new build is one its calls will
 * fail on.
 */
public final class DefinitionDiff {

  private DefinitionDiff() {}

  /** The differences from {@code run} (what the run has) to {@code build} (what the build would give). */
  public static List<String> between(RunDefinition run, RunDefinition build) {
    List<String> out = new ArrayList<>();
    Map<String, AgentSnapshot> next = new LinkedHashMap<>();
    build.agents().forEach(a -> next.put(a.name(), a));
    for (AgentSnapshot a : run.agents()) {
      AgentSnapshot b = next.remove(a.name());
      if (b == null) {
        out.add("agent '" + a.name() + "' is not in this build");
      } else {
        agent(a, b, out);
      }
    }
    next.keySet().forEach(name -> out.add("agent '" + name + "' is new in this build"));
    runtime(run.runtime(), build.runtime(), out);
    return out;
  }

  private static void agent(AgentSnapshot a, AgentSnapshot b, List<String> out) {
    String at = "agent '" + a.name() + "': ";
    changed(out, at + "instructions", a.instructions(), b.instructions());
    changed(out, at + "model", a.model(), b.model());
    changed(out, at + "model settings", a.modelSettings(), b.modelSettings());
    changed(out, at + "output type", a.outputType(), b.outputType());
    changed(out, at + "output schema", a.output(), b.output());
    changed(out, at + "max turns", a.maxTurns(), b.maxTurns());
    changed(out, at + "tool use behavior", a.toolUseBehavior(), b.toolUseBehavior());
    changed(out, at + "model call policy", a.modelPolicy(), b.modelPolicy());
    changed(out, at + "input guardrails", a.inputGuardrails(), b.inputGuardrails());
    changed(out, at + "output guardrails", a.outputGuardrails(), b.outputGuardrails());
    Map<String, ToolSnapshot> tools = new LinkedHashMap<>();
    b.tools().forEach(t -> tools.put(t.name(), t));
    for (ToolSnapshot t : a.tools()) {
      ToolSnapshot u = tools.remove(t.name());
      if (u == null) {
        out.add(at + "tool '" + t.name() + "' is not in this build: a run's calls to it will fail (the model is told)");
        continue;
      }
      String tool = at + "tool '" + t.name() + "' ";
      if (t.needsApproval() != u.needsApproval()) {
        out.add(tool + (u.needsApproval() ? "needs approval in this build" : "needs no approval in this build"));
      }
      changed(out, tool + "kind", t.kind(), u.kind());
      changed(out, tool + "inline", t.inline(), u.inline());
      changed(out, tool + "spec", t.spec(), u.spec());
      changed(out, tool + "policy", t.policy(), u.policy());
    }
    tools.keySet().forEach(name -> out.add(at + "tool '" + name + "' is new in this build"));
    List<String> had = a.handoffs().stream().map(h -> h.spec().name() + " -> " + h.targetAgent()).toList();
    List<String> has = b.handoffs().stream().map(h -> h.spec().name() + " -> " + h.targetAgent()).toList();
    changed(out, at + "handoffs", had, has);
  }

  private static void runtime(RuntimeSnapshot a, RuntimeSnapshot b, List<String> out) {
    changed(out, "human timeout (ms)", a.humanTimeoutMillis(), b.humanTimeoutMillis());
    changed(out, "turns before continue-as-new", a.turnsBeforeContinueAsNew(), b.turnsBeforeContinueAsNew());
    changed(out, "continue-as-new history bytes", a.continueAsNewAtHistoryBytes(), b.continueAsNewAtHistoryBytes());
    changed(out, "continue-as-new history events", a.continueAsNewAtHistoryEvents(), b.continueAsNewAtHistoryEvents());
    changed(out, "model input by reference", a.modelInputByReference(), b.modelInputByReference());
  }

  private static void changed(List<String> out, String what, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      out.add(what + " changed" + (brief(before) && brief(after) ? ": " + before + " -> " + after : ""));
    }
  }

  private static boolean brief(Object o) {
    return o == null || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
        || o instanceof String s && s.length() <= 60 && !s.contains("\n");
  }
}
