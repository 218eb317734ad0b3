package io.microagents.examples.weather;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.offline.AgentScript;
import io.microagents.run.RunResult;
import java.util.List;
import java.util.Map;

/** The talk's weather demo: one agent chains three web tools on its own. */
public final class WeatherExample implements Example {

  @Override
  public String name() {
    return "weather";
  }

  @Override
  public String description() {
    return "One agent, three tools: IP -> US state -> National Weather Service alerts";
  }

  @Override
  public List<String> defaultInput() {
    return List.of("Are there any weather alerts where I am?");
  }

  @Override
  public Map<String, AgentScript> offlineScripts() {
    return WeatherScript.scripts();
  }

  @Override
  public String run(ExampleSession session, List<String> input) {
    RunResult result = session.runAgent("weather", String.join(" ", input));
    return result.finalOutputText();
  }
}
