package io.microagents.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.microagents.micrometer.MicroagentsMetrics;
import io.microagents.spring.sample.ReceptionAgent;
import io.microagents.spring.sample.SampleApplication;
import io.microagents.temporal.AgentClient;
import io.microagents.testing.ScriptedModel;
import io.temporal.common.interceptors.WorkerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;

/**
 * With {@code orchestration-micrometer} on the classpath and a {@link MeterRegistry} bean, the
 * starter's workers measure model calls and tool calls; without either, no interceptor is made.
 */
@SpringBootTest(classes = {SampleApplication.class, MicroagentsMetricsAutoConfigurationTest.Beans.class}, properties = {
    "spring.temporal.connection.target=${TEMPORAL_ADDRESS:}",
    "microagents.task-queue=microagents-starter-metrics-test",
    "spring.temporal.workers-auto-discovery.packages=io.microagents.spring.sample"})
class MicroagentsMetricsAutoConfigurationTest {

  @TestConfiguration
  static class Beans {
    @Bean
    ScriptedModel scriptedModel() {
      ScriptedModel model = new ScriptedModel();
      model.forAgent("reception").thenToolCall("find_desk", "{\"person\":\"Ada\"}").thenMessage("4th floor, desk 12.");
      return model;
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Autowired AgentClient client;
  @Autowired MeterRegistry registry;

  @Test
  void theStartersWorkerCountsModelAndToolCallsInTheApplicationsRegistry() {
    assertThat(client.run(ReceptionAgent.class, "Where does Ada sit?").finalOutputText()).isEqualTo("4th floor, desk 12.");

    assertThat(registry.get(MicroagentsMetrics.MODEL_CALLS).tag("agent", "reception").tag("outcome", "success")
        .counter().count()).isEqualTo(2);
    assertThat(registry.get(MicroagentsMetrics.TOOL_CALLS).tag("tool", "find_desk").counter().count()).isEqualTo(1);
  }

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MicroagentsMetricsAutoConfiguration.class));

  @Test
  void noRegistryNoInterceptor() {
    runner.run(context -> assertThat(context).doesNotHaveBean(WorkerInterceptor.class));
    runner.withBean(SimpleMeterRegistry.class)
        .run(context -> assertThat(context).hasSingleBean(WorkerInterceptor.class));
  }

  @Test
  void withoutTheMicrometerModuleNoInterceptor() {
    runner.withBean(SimpleMeterRegistry.class).withClassLoader(new FilteredClassLoader(MicroagentsMetrics.class))
        .run(context -> assertThat(context).doesNotHaveBean(WorkerInterceptor.class));
  }
}
