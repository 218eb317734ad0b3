package io.microagents.examples;

import io.microagents.examples.agenticloop.AgenticLoopExample;
import io.microagents.examples.customerservice.CustomerServiceExample;
import io.microagents.examples.durability.DurabilityExample;
import io.microagents.examples.handoffs.HandoffsExample;
import io.microagents.examples.mcp.McpExample;
import io.microagents.examples.research.ResearchExample;
import io.microagents.examples.weather.WeatherExample;
import java.util.List;
import java.util.Optional;

/** The examples, in the order of the talk. */
public final class ExampleCatalog {

  private static final List<Example> ALL = List.of(new AgenticLoopExample(), new WeatherExample(),
      new HandoffsExample(), new ResearchExample(), new CustomerServiceExample(), new DurabilityExample(), new McpExample());

  private ExampleCatalog() {}

  /** Every example. */
  public static List<Example> all() {
    return ALL;
  }

  /** The example with this name. */
  public static Optional<Example> find(String name) {
    return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The names, for messages. */
  public static List<String> names() {
    return ALL.stream().map(Example::name).toList();
  }
}
