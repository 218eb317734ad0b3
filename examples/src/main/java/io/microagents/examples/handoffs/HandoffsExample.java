package io.microagents.examples.handoffs;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.offline.AgentScript;
import io.microagents.run.RunResult;
import java.util.List;
import java.util.Map;

/** Handoff style: one loop, a triage agent hands over to a weather or a local-info agent. */
public final class HandoffsExample implements Example {

  @Override
  public String name() {
    return "handoffs";
  }

  @Override
  public String description() {
    return "Triage hands off, in one agentic loop, to a weather agent or a local-info agent";
  }

  @Override
  public List<String> defaultInput() {
    return List.of("How late is Costco open today?");
  }

  @Override
  public Map<String, AgentScript> offlineScripts() {
    return HandoffsScript.scripts();
  }

  @Override
  public String run(ExampleSession session, List<String> input) {
    RunResult result = session.runAgent("triage", String.join(" ", input));
    return result.finalOutputText();
  }
}
