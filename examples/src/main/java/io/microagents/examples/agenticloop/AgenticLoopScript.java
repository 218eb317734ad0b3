package io.microagents.examples.agenticloop;

import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.weather.WeatherScript;
import java.util.Map;

/** The bare loop plays the weather agent's script: same tools, same questions. */
public final class AgenticLoopScript {

  private AgenticLoopScript() {}

  /** The scripts, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of(AgenticLoopWorkflowImpl.AGENT, new WeatherScript());
  }
}
