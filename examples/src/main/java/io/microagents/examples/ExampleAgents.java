package io.microagents.examples;

import io.microagents.agent.AgentRegistry;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.OfflineModel;
import io.microagents.examples.web.WebEndpoints;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every agent of every example in one registry (agent names are unique across examples),
 * so one worker serves them all; and the offline model playing all their scripts.
 */
public final class ExampleAgents {

  /** The package scanned for {@code @Agent} classes. */
  public static final String PACKAGE = "io.microagents.examples";

  private ExampleAgents() {}

  /** All example agents, their web tools calling these endpoints. */
  public static AgentRegistry registry(WebEndpoints endpoints) {
    return AgentRegistry.builder().scan(PACKAGE).factory(new ExampleAgentFactory(endpoints)).build();
  }

  /** The offline model of all examples. */
  public static OfflineModel offlineModel() {
    Map<String, AgentScript> scripts = new LinkedHashMap<>();
    for (Example e : ExampleCatalog.all()) {
      scripts.putAll(e.offlineScripts());
    }
    return new OfflineModel(scripts);
  }
}
