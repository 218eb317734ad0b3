package io.microagents.temporal.durability;

import io.microagents.temporal.Agents;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Fans out with {@link Agents#runAsync} and fans in with {@link Promise#allOf}. */
public class FanOutWorkflowImpl implements FanOutWorkflow {

  @Override
  public String run(int count) {
    List<Promise<String>> results = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      results.add(Agents.runAsync(CrashAgents.FanAgent.class, "item-" + i));
    }
    Promise.allOf(results).get();
    return results.stream().map(Promise::get).collect(Collectors.joining(","));
  }
}
