package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.model.Usage;
import io.microagents.run.RunState;
import io.microagents.temporal.RunStatus;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link RunStatus} a query returns. */
final class Statuses {

  private Statuses() {}

  static RunStatus of(RunStatus.Phase phase, HumanInbox inbox, String agent, int turn, int items,
      Usage usage) {
    RunStatus.Phase p = phase == RunStatus.Phase.RUNNING && inbox.waiting() ? RunStatus.Phase.WAITING_FOR_HUMAN : phase;
    return new RunStatus(p, agent, turn, inbox.questions(), inbox.approvals(), items, usage);
  }

  static RunStatus of(RunStatus.Phase phase, HumanInbox inbox, RunState s, int items) {
    if (s == null) {
      return of(phase, inbox, null, 0, items, null);
    }
    return of(phase, inbox, s.currentAgent(), s.turn(), items, s.usage());
  }

  static List<String> names(AgentRegistry registry) {
    List<String> names = new ArrayList<>();
    for (AgentDefinition a : registry.agents()) {
      names.add(a.name());
    }
    return names;
  }
}
