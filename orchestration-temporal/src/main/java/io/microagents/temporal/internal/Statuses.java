package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.run.RunState;
import io.microagents.temporal.RunStatus;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link RunStatus} a query returns. */
final class Statuses {

  private Statuses() {}

  static RunStatus of(RunStatus.Phase phase, HumanInbox inbox, RunState s) {
    RunStatus.Phase p = phase == RunStatus.Phase.RUNNING && inbox.waiting() ? RunStatus.Phase.WAITING_FOR_HUMAN : phase;
    if (s == null) {
      return new RunStatus(p, null, 0, inbox.questions(), inbox.approvals(), List.of(), null);
    }
    return new RunStatus(p, s.currentAgent(), s.turn(), inbox.questions(), inbox.approvals(), s.toInputList(), s.usage());
  }

  static List<String> names(AgentRegistry registry) {
    List<String> names = new ArrayList<>();
    for (AgentDefinition a : registry.agents()) {
      names.add(a.name());
    }
    return names;
  }
}
