package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.definition.AgentSnapshot;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker's side of {@link ToolListActivity}: asks the registry's listing for each agent.
 * A listing that fails for now (a server down) fails the attempt, retried by the tool policy;
 * tools that clash or break a declaration fail the run's start at once, saying why.
 */
public final class ToolListActivityImpl implements ToolListActivity {

  /** The failure type of a listing whose tools clash or break a declaration; never retried. */
  public static final String INVALID_LISTING = "InvalidToolListing";

  private final AgentRegistry registry;
  private final MicroagentsOptions options;

  public ToolListActivityImpl(AgentRegistry registry, MicroagentsOptions options) {
    this.registry = registry;
    this.options = options;
  }

  @Override
  public List<AgentSnapshot> list(List<String> agents) {
    List<AgentSnapshot> now = new ArrayList<>();
    for (String agent : agents) {
      if (registry.listing() == null || !registry.listing().lists(agent)) {
        continue; // this worker does not list it: the run keeps the tools its definition has
      }
      try {
        now.add(RunDefinitions.snapshot(registry.listing().current(agent), options));
      } catch (AgentDefinitionException e) {
        throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), INVALID_LISTING);
      } catch (RuntimeException e) {
        throw CompactFailures.of(e);
      }
    }
    return now;
  }
}
