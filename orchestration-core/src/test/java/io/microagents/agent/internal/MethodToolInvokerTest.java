package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.ToolInvoker;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.model.Usage;
import io.microagents.run.RunContext;
import io.microagents.schema.Nullable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MethodToolInvokerTest {

  public enum Unit { CELSIUS, FAHRENHEIT }

  public record Point(int x, int y) {}

  public record Forecast(int days, String agent) {}

  @Agent(name = "Weather")
  public static class WeatherAgent {
    public List<Point> recorded;

    @Tool("Current weather")
    public String getWeather(@Param(name = "city") String city, @Param(name = "unit") Optional<Unit> unit) {
      return city + ":" + unit.map(Enum::name).orElse("default");
    }

    @Tool
    public Forecast forecast(@Param(name = "days") int days, RunContext context) {
      return new Forecast(days, context.agent());
    }

    @Tool
    public void record(@Param(name = "points") List<Point> points) {
      this.recorded = points;
    }

    @Tool
    public int count(@Param(name = "tags") Set<String> tags, @Param(name = "values") long[] values) {
      return tags.size() + values.length;
    }

    @Tool
    public String fail(@Param(name = "why") String why) throws IOException {
      throw new IOException(why);
    }

    @Tool
    public String greet(@Param(name = "name") @Nullable String name) {
      return "hello " + (name == null ? "nobody" : name);
    }

    @Tool
    public String nothing() {
      return null;
    }
  }

  private final AgentDefinition agent = AgentRegistry.of(WeatherAgent.class).agent("Weather");
  private final RunContext context = new RunContext(null, "Weather", 1, Usage.EMPTY);

  private String call(String tool, String args) throws Exception {
    return invoker(tool).invoke(args, context);
  }

  private ToolInvoker invoker(String tool) {
    return agent.tool(tool).invoker();
  }

  @Test
  void bindsArgumentsByName() throws Exception {
    assertThat(call("get_weather", "{\"unit\":\"CELSIUS\",\"city\":\"Paris\"}")).isEqualTo("Paris:CELSIUS");
  }

  @Test
  void absentOrNullOptionalIsEmpty() throws Exception {
    assertThat(call("get_weather", "{\"city\":\"Oslo\"}")).isEqualTo("Oslo:default");
    assertThat(call("get_weather", "{\"city\":\"Oslo\",\"unit\":null}")).isEqualTo("Oslo:default");
  }

  @Test
  void nullableParameterMayBeAbsent() throws Exception {
    assertThat(call("greet", "{}")).isEqualTo("hello nobody");
    assertThat(call("greet", "{\"name\":\"Ada\"}")).isEqualTo("hello Ada");
    assertThat(agent.tool("greet").spec().parameters().at("/properties/name/type").toString())
        .isEqualTo("[\"string\",\"null\"]");
    assertThat(agent.tool("get_weather").spec().parameters().at("/required").toString())
        .isEqualTo("[\"city\",\"unit\"]");
  }

  @Test
  void injectsTheRunContextAndWritesResultsAsJson() throws Exception {
    assertThat(call("forecast", "{\"days\":3}")).isEqualTo("{\"days\":3,\"agent\":\"Weather\"}");
  }

  @Test
  void bindsGenericCollectionsOfRecords() throws Exception {
    WeatherAgent instance = (WeatherAgent) ((MethodToolInvoker) invoker("record")).target();
    assertThat(call("record", "{\"points\":[{\"x\":1,\"y\":2},{\"x\":3,\"y\":4}]}")).isEmpty();
    assertThat(instance.recorded).containsExactly(new Point(1, 2), new Point(3, 4));
    assertThat(call("count", "{\"tags\":[\"a\",\"b\",\"a\"],\"values\":[1,2,3]}")).isEqualTo("5");
  }

  @Test
  void nullResultIsEmptyText() throws Exception {
    assertThat(call("nothing", "")).isEmpty();
    assertThat(call("nothing", "{}")).isEmpty();
  }

  @Test
  void invalidJsonIsAnArgumentsError() {
    assertThatThrownBy(() -> call("get_weather", "{city: Paris"))
        .isInstanceOf(ToolArgumentsException.class)
        .hasMessageStartingWith("Invalid JSON arguments for tool get_weather: ");
    assertThatThrownBy(() -> call("get_weather", "[1,2]"))
        .isInstanceOf(ToolArgumentsException.class)
        .hasMessageContaining("expected a JSON object");
  }

  @Test
  void missingRequiredArgumentIsAnArgumentsError() {
    assertThatThrownBy(() -> call("get_weather", "{}"))
        .isInstanceOf(ToolArgumentsException.class)
        .hasMessageContaining("get_weather")
        .hasMessageContaining("missing required argument 'city'");
  }

  @Test
  void valueOfTheWrongTypeIsAnArgumentsError() {
    assertThatThrownBy(() -> call("forecast", "{\"days\":\"many\"}"))
        .isInstanceOf(ToolArgumentsException.class)
        .hasMessageContaining("forecast")
        .hasMessageContaining("'days'");
    assertThatThrownBy(() -> call("get_weather", "{\"city\":\"Rome\",\"unit\":\"KELVIN\"}"))
        .isInstanceOf(ToolArgumentsException.class)
        .hasMessageContaining("'unit'");
  }

  @Test
  void theToolsOwnExceptionPropagatesUnwrapped() {
    assertThatThrownBy(() -> call("fail", "{\"why\":\"disk full\"}"))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }
}
