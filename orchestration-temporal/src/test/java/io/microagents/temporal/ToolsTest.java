package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolException;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Function tools as activities named after the tool; model and tool activities alternate. */
class ToolsTest {

  public record Alert(String event, String area) {}

  @Agent(instructions = "Answer weather questions; find the user's location first.")
  public static class WeatherAgent {
    @Tool("This machine's public IP address")
    public String getIpAddress() {
      return "203.0.113.7";
    }

    @Tool("The US state of an IP address")
    public String getLocationInfo(@Param(name = "ip") String ip) {
      return ip.equals("203.0.113.7") ? "CA" : "unknown";
    }

    @Tool("Active weather alerts of a US state")
    public List<Alert> getWeatherAlerts(@Param(name = "state") String state, @Param(name = "limit") int limit) {
      return List.of(new Alert("Wind Advisory", state + " coast")).subList(0, Math.min(limit, 1));
    }

    @Tool(value = "Adds two numbers", inline = true)
    public int add(@Param(name = "a") int a, @Param(name = "b") int b) {
      return a + b;
    }

    @Tool("Always fails")
    public String flaky() {
      throw new IllegalStateException("the weather service is down");
    }

    static final AtomicInteger FORECASTS = new AtomicInteger();

    @Tool("Forecast of a city")
    public String forecast(@Param(name = "city") String city) {
      FORECASTS.incrementAndGet();
      throw new ToolException("No forecast for " + city + "; try a city in the US");
    }

    static final AtomicInteger RADAR_CALLS = new AtomicInteger();

    @Tool("Radar image")
    public String radar() {
      RADAR_CALLS.incrementAndGet();
      throw ToolException.retryable("the radar is busy", null);
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private static final ActivityOptions FAST = ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_TOOL_ACTIVITY)
      .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofMillis(10)).setMaximumAttempts(3).build())
      .build();

  private static final MicroagentsOptions FAST_RETRIES = MicroagentsOptions.builder()
      .tool("flaky", FAST)
      .tool("radar", FAST)
      .build();

  private AgentClient start(ScriptedModel model) {
    return temporal.start(AgentRegistry.of(WeatherAgent.class), model, FAST_RETRIES);
  }

  @Test
  void theModelChainsThreeToolsEachAnActivityNamedAfterIt() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("get_ip_address", "{}")
        .thenToolCall("get_location_info", "{\"ip\":\"203.0.113.7\"}")
        .thenToolCall("get_weather_alerts", "{\"state\":\"CA\",\"limit\":5}")
        .thenMessage("There is a Wind Advisory on the CA coast.");
    AgentClient client = start(model);

    String id = client.start(WeatherAgent.class, "Are there any weather alerts where I am?");
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).contains("Wind Advisory");
    var activities = Histories.activities(temporal.history(id));
    assertThat(activities).extracting(Histories.Activity::type).containsExactly(
        "ModelCall", "get_ip_address", "ModelCall", "get_location_info", "ModelCall", "get_weather_alerts", "ModelCall");
    assertThat(activities.get(3).inputs().get(0)).isEqualTo("\"{\\\"ip\\\":\\\"203.0.113.7\\\"}\"");
    assertThat(activities.get(3).result()).isEqualTo("\"CA\"");
    assertThat(activities.get(5).result()).contains("Wind Advisory");
    assertThat(model.requests().get(3).input()).filteredOn(i -> i instanceof ToolOutput).hasSize(3);
    model.assertAllConsumed();
    temporal.replay(id);
  }

  @Test
  void parallelToolCallsRunConcurrentlyAndAnswerInTheModelsOrder() {
    ScriptedModel model = new ScriptedModel()
        .then(ScriptedStep.toolCall("get_location_info", "{\"ip\":\"203.0.113.7\"}")
            .andToolCall("get_ip_address", "{}")
            .andToolCall("add", "{\"a\":2,\"b\":3}"))
        .thenMessage("ok");
    AgentClient client = start(model);

    String id = client.start(WeatherAgent.class, "go");
    RunResult result = client.result(id);

    // the inline tool ran in workflow code: no activity for it
    assertThat(Histories.activityTypes(temporal.history(id)))
        .containsExactly("ModelCall", "get_location_info", "get_ip_address", "ModelCall");
    List<String> outputs = result.newItems().stream()
        .filter(i -> i instanceof ToolOutput).map(i -> ((ToolOutput) i).output()).toList();
    assertThat(outputs).containsExactly("CA", "203.0.113.7", "5");
    temporal.replay(id);
  }

  @Test
  void twoCallsSharingAnIdBothRunAndEachGetsItsOwnOutput() {
    ScriptedModel model = new ScriptedModel()
        .thenAnswer(request -> new ModelResponse(List.of(
            new ToolCall("c1", "get_location_info", "{\"ip\":\"203.0.113.7\"}"),
            new ToolCall("c1", "get_ip_address", "{}")), Usage.EMPTY, "dup"))
        .thenMessage("ok");
    AgentClient client = start(model);

    String id = client.start(WeatherAgent.class, "go");
    RunResult result = client.result(id);

    assertThat(result.newItems()).startsWith(
        new ToolCall("c1", "get_location_info", "{\"ip\":\"203.0.113.7\"}"),
        new ToolCall("c1#2", "get_ip_address", "{}"),
        ToolOutput.of("c1", "CA"),
        ToolOutput.of("c1#2", "203.0.113.7"));
    assertThat(model.requests().get(1).input()).contains(ToolOutput.of("c1", "CA"), ToolOutput.of("c1#2", "203.0.113.7"));
    temporal.replay(id);
  }

  @Test
  void aFailingToolIsRetriedThenItsErrorGoesBackToTheModel() {
    ScriptedModel model = new ScriptedModel().thenToolCall("flaky", "{}").thenMessage("Sorry, no data.");
    AgentClient client = start(model);

    String id = client.start(WeatherAgent.class, "go");
    RunResult result = client.result(id);

    assertThat(result.finalOutputText()).isEqualTo("Sorry, no data.");
    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("flaky").contains("the weather service is down");
    var flaky = Histories.activities(temporal.history(id)).get(1);
    assertThat(flaky.type()).isEqualTo("flaky");
    assertThat(flaky.failure()).contains("the weather service is down");
    temporal.replay(id);
  }

  @Test
  void aToolExceptionIsNotRetriedTheModelHearsOfItAtOnce() {
    WeatherAgent.FORECASTS.set(0);
    ScriptedModel model = new ScriptedModel().thenToolCall("forecast", "{\"city\":\"Atlantis\"}").thenMessage("Sorry.");
    AgentClient client = start(model); // forecast keeps the default policy: 5 attempts for other exceptions

    String id = client.start(WeatherAgent.class, "Forecast for Atlantis?");
    RunResult result = client.result(id);

    assertThat(WeatherAgent.FORECASTS).hasValue(1);
    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("forecast").contains("No forecast for Atlantis; try a city in the US");
    assertThat(Histories.count(temporal.history(id), "EVENT_TYPE_ACTIVITY_TASK_STARTED")).isEqualTo(3);
    temporal.replay(id);
  }

  @Test
  void aRetryableToolExceptionIsRetriedByThePolicy() {
    WeatherAgent.RADAR_CALLS.set(0);
    ScriptedModel model = new ScriptedModel().thenToolCall("radar", "{}").thenMessage("No radar.");
    AgentClient client = start(model);

    String id = client.start(WeatherAgent.class, "radar?");
    RunResult result = client.result(id);

    assertThat(WeatherAgent.RADAR_CALLS).hasValue(3);
    assertThat(((ToolOutput) result.newItems().get(1)).output()).contains("the radar is busy");
    temporal.replay(id);
  }

  @Test
  void aFailingToolCanFailTheRunInstead() {
    ScriptedModel model = new ScriptedModel().thenToolCall("flaky", "{}");
    AgentClient client = start(model);

    String id = client.start("WeatherAgent", List.of(io.microagents.items.Message.user("go")),
        io.microagents.run.RunOptions.builder().toolErrors(io.microagents.run.ErrorPolicy.FAIL_RUN).build(),
        temporal.workflowId("fail-run"));
    io.microagents.run.ToolFailedException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(() -> client.result(id), io.microagents.run.ToolFailedException.class);

    assertThat(e.tool()).isEqualTo("flaky");
    assertThat(e.getMessage()).contains("the weather service is down");
    assertThat(e.state().turn()).isEqualTo(1);
    temporal.replay(id);
  }

  @Test
  void invalidArgumentsAreNotRetriedAndTheModelSeesWhy() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("get_weather_alerts", "{\"state\":\"CA\",\"limit\":\"many\"}")
        .thenMessage("I will ask again.");
    AgentClient client = start(model);

    String id = client.start(WeatherAgent.class, "go");
    RunResult result = client.result(id);

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).startsWith("Error:");
    var failure = Histories.activities(temporal.history(id)).get(1);
    assertThat(failure.failure()).isNotNull();
    assertThat(Histories.count(temporal.history(id), "EVENT_TYPE_ACTIVITY_TASK_STARTED")).isEqualTo(3);
    temporal.replay(id);
  }
}
