package io.microagents.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.microagents.micrometer.MicroagentsMetrics;
import io.temporal.common.interceptors.WorkerInterceptor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Measures the agents' model calls, tokens and tool calls ({@code microagents.*} meters, see
 * docs/metrics.md) when {@code orchestration-micrometer} is on the classpath and the
 * application has a {@link MeterRegistry} (Spring Boot Actuator's, or one of your own): the
 * interceptor of {@link MicroagentsMetrics#workerInterceptor} becomes a {@link WorkerInterceptor}
 * bean, which Temporal's starter gives to every worker factory it makes. Ordered after
 * Actuator's registries, so that one counts as present.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MicroagentsMetrics.class, MeterRegistry.class})
public class MicroagentsMetricsAutoConfiguration {

  /** The workers' metrics interceptor, reporting to the application's (primary) registry. */
  @Bean
  @ConditionalOnSingleCandidate(MeterRegistry.class)
  @ConditionalOnMissingBean(name = "microagentsMetricsWorkerInterceptor")
  public WorkerInterceptor microagentsMetricsWorkerInterceptor(MeterRegistry registry) {
    return MicroagentsMetrics.workerInterceptor(registry);
  }
}
