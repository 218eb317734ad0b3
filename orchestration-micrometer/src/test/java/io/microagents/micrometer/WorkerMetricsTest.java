package io.microagents.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolException;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.model.ModelException;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.worker.WorkerFactoryOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Given a worker with the metrics interceptor, when an agent calls the model twice and a tool
 * that fails twice before it answers, then calls, latencies, tokens, tool errors and retries
 * are counted once each, with the agent, model and tool as tags.
 */
class WorkerMetricsTest {

  static final AtomicInteger WEATHER_CALLS = new AtomicInteger();

  @Agent(name = "forecaster", model = "gpt-test", instructions = "Forecast the weather.")
  public static class Forecaster {
    @Tool("The weather of a city")
    public String weather(@Param(name = "city") String city) {
      if (WEATHER_CALLS.incrementAndGet() < 3) {
        throw new IllegalStateException("the weather service is down");
      }
      return "Sunny in " + city;
    }

    @Tool("Tides of a harbour")
    public String tides(@Param(name = "harbour") String harbour) {
      throw new ToolException("No tide table for " + harbour);
    }
  }

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension()
      .workerFactoryOptions(WorkerFactoryOptions.newBuilder()
          .setWorkerInterceptors(MicroagentsMetrics.workerInterceptor(registry)).build());

  private static final MicroagentsOptions FAST_RETRIES = MicroagentsOptions.builder()
      .toolActivity(ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_TOOL_ACTIVITY)
          .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofMillis(10))
              .setMaximumAttempts(5).build()).build())
      .modelActivity(ActivityOptions.newBuilder(MicroagentsOptions.DEFAULT_MODEL_ACTIVITY)
          .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofMillis(10)).build()).build())
      .build();

  @Test
  void modelCallsToolsAndRetriesAreCountedWithTheirTags() {
    WEATHER_CALLS.set(0);
    ScriptedModel model = new ScriptedModel()
        .then(ScriptedStep.toolCall("weather", "{\"city\":\"Oslo\"}").withUsage(120, 30))
        .then(ScriptedStep.toolCall("tides", "{\"harbour\":\"Bergen\"}").withUsage(150, 20))
        .then(ScriptedStep.message("Sunny in Oslo; no tides for Bergen.").withUsage(200, 12));
    AgentClient client = temporal.start(AgentRegistry.of(Forecaster.class), model, FAST_RETRIES);

    client.run(Forecaster.class, "Weather in Oslo, tides in Bergen?");

    String[] modelTags = {"agent", "forecaster", "model", "gpt-test"};
    assertThat(registry.get(MicroagentsMetrics.MODEL_CALLS).tags(modelTags).tag("outcome", "success").counter().count())
        .isEqualTo(3);
    assertThat(registry.get(MicroagentsMetrics.MODEL_LATENCY).tags(modelTags).timer().count()).isEqualTo(3);
    assertThat(registry.get(MicroagentsMetrics.MODEL_TOKENS).tags(modelTags).tag("type", "input").counter().count())
        .isEqualTo(470);
    assertThat(registry.get(MicroagentsMetrics.MODEL_TOKENS).tags(modelTags).tag("type", "output").counter().count())
        .isEqualTo(62);

    String[] weather = {"tool", "weather", "agent", "forecaster"};
    assertThat(registry.get(MicroagentsMetrics.TOOL_CALLS).tags(weather).tag("outcome", "error").counter().count())
        .isEqualTo(2);
    assertThat(registry.get(MicroagentsMetrics.TOOL_CALLS).tags(weather).tag("outcome", "success").counter().count())
        .isEqualTo(1);
    assertThat(registry.get(MicroagentsMetrics.TOOL_ERRORS).tags(weather).tag("error", "java.lang.IllegalStateException")
        .counter().count()).isEqualTo(2);
    assertThat(registry.get(MicroagentsMetrics.TOOL_ERRORS).tags("tool", "tides", "error", "io.microagents.agent.ToolException")
        .counter().count()).isEqualTo(1);
    assertThat(registry.get(MicroagentsMetrics.TOOL_LATENCY).tags(weather).timers()).hasSize(2);

    // The alert "an activity retried past N attempts" reads the attempt summary's maximum.
    assertThat(registry.get(MicroagentsMetrics.ACTIVITY_RETRIES).tags("activity", "weather", "kind", "tool").counter()
        .count()).isEqualTo(2);
    assertThat(registry.get(MicroagentsMetrics.ACTIVITY_ATTEMPT).tags("activity", "weather").summary().max()).isEqualTo(3);
    assertThat(registry.find(MicroagentsMetrics.ACTIVITY_RETRIES).tags("kind", "model").counter()).isNull();
    model.assertAllConsumed();
  }

  @Test
  void aModelErrorIsAnErrorOutcomeAndItsRetryARetry() {
    ScriptedModel model = new ScriptedModel()
        .thenError(new ModelException("rate limited", 429, true, null, null))
        .then(ScriptedStep.message("Sunny.").withUsage(10, 2));
    AgentClient client = temporal.start(AgentRegistry.of(Forecaster.class), model, FAST_RETRIES);

    client.run(Forecaster.class, "Weather?");

    String[] modelTags = {"agent", "forecaster", "model", "gpt-test"};
    assertThat(registry.get(MicroagentsMetrics.MODEL_CALLS).tags(modelTags).tag("outcome", "error").counter().count())
        .isEqualTo(1);
    assertThat(registry.get(MicroagentsMetrics.MODEL_CALLS).tags(modelTags).tag("outcome", "success").counter().count())
        .isEqualTo(1);
    assertThat(registry.get(MicroagentsMetrics.ACTIVITY_RETRIES).tags("activity", "ModelCall", "kind", "model").counter()
        .count()).isEqualTo(1);
    assertThat(registry.get(MicroagentsMetrics.MODEL_TOKENS).tags(modelTags).tag("type", "input").counter().count())
        .isEqualTo(10);
  }
}
