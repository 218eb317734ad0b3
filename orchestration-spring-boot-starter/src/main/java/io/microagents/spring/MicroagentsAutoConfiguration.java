package io.microagents.spring;

import io.microagents.agent.AgentFactory;
import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.microagents.run.AgentRunException;
import io.microagents.spring.internal.AgentRegistries;
import io.microagents.spring.internal.AgentSettings;
import io.microagents.spring.internal.OpenAiProviders;
import io.microagents.stream.StreamTransport;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.CanonicalDataConverter;
import io.microagents.temporal.MicroagentsOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.spring.boot.autoconfigure.RootNamespaceAutoConfiguration;
import io.temporal.spring.boot.autoconfigure.ServiceStubsAutoConfiguration;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Durable agents in a Spring Boot application, on the workers and client of Temporal's Spring
 * Boot starter: the agent registry (agents made by the Spring context), the model provider, the
 * options, the {@link AgentClient}, and the agent workflows and activities registered on the
 * worker of {@code microagents.task-queue} before the worker factory starts. Every bean gives
 * way to one of your own of its type.
 */
@AutoConfiguration(after = {ServiceStubsAutoConfiguration.class, RootNamespaceAutoConfiguration.class})
@EnableConfigurationProperties(MicroagentsProperties.class)
public class MicroagentsAutoConfiguration {

  /** Agents come from the Spring context: beans where they are beans, autowired otherwise. */
  @Bean
  @ConditionalOnMissingBean
  public AgentFactory microagentsAgentFactory(ConfigurableListableBeanFactory beans) {
    return new SpringAgentFactory(beans);
  }

  /** The agents of {@code microagents.agents.packages} and the {@code @Agent} beans, per-agent models applied. */
  @Bean
  @ConditionalOnMissingBean
  public AgentRegistry microagentsAgentRegistry(MicroagentsProperties properties, AgentFactory factory,
      ConfigurableListableBeanFactory beans, Environment environment) {
    AgentRegistry registry = AgentRegistries.build(properties.getAgents().getPackages(), factory, beans);
    return AgentSettings.bind(environment, registry).applyModels(registry);
  }

  /** OpenAI (or a compatible server) from {@code microagents.openai.*} and {@code microagents.model}. */
  @Bean
  @ConditionalOnMissingBean
  public ModelProvider microagentsModelProvider(MicroagentsProperties properties) {
    return OpenAiProviders.create(properties);
  }

  /** The defaults with the per-agent timeouts and attempts; streaming through a {@link StreamTransport} bean if any. */
  @Bean
  @ConditionalOnMissingBean
  public MicroagentsOptions microagentsOptions(Environment environment, AgentRegistry registry,
      ObjectProvider<StreamTransport> streams) {
    MicroagentsOptions options = MicroagentsOptions.DEFAULTS;
    StreamTransport transport = streams.getIfUnique();
    if (transport != null) {
      options = options.toBuilder().streams(transport).build();
    }
    return AgentSettings.bind(environment, registry).applyActivityOptions(options);
  }

  /** Canonical JSON for Temporal's client and workers (the starter takes a single {@link DataConverter} bean). */
  @Bean(name = "mainDataConverter")
  @ConditionalOnMissingBean(DataConverter.class)
  public DataConverter microagentsDataConverter() {
    return CanonicalDataConverter.get();
  }

  /** Registers the agent workflows and activities on the starter's worker, before it starts. */
  @Bean
  public MicroagentsWorkerRegistration microagentsWorkerRegistration(ObjectProvider<WorkerFactory> workerFactory,
      MicroagentsProperties properties, AgentRegistry registry, ModelProvider models, MicroagentsOptions options,
      ConfigurableListableBeanFactory beans) {
    return new MicroagentsWorkerRegistration(workerFactory, properties.getTaskQueue(), registry, models, options, beans);
  }

  /** The client that starts agent runs on {@code microagents.task-queue}. */
  @Bean
  @ConditionalOnMissingBean
  public AgentClient microagentsAgentClient(ObjectProvider<WorkflowClient> workflowClient, MicroagentsProperties properties,
      AgentRegistry registry, MicroagentsOptions options) {
    WorkflowClient client = workflowClient.getIfAvailable();
    if (client == null) {
      throw new MicroagentsConfigurationException("spring.temporal.connection.target",
          "no Temporal WorkflowClient bean", "Set it to a server (host:port), or leave it and "
              + "spring.temporal.test-server.enabled unset for the embedded test server");
    }
    return new AgentClient(client, MicroagentsWorkerRegistration.checkTaskQueue(properties.getTaskQueue()), registry,
        options.streams());
  }

  /**
   * Your own workflows (the just-code style, {@code @WorkflowImpl}) fail at once on a mistake
   * Java lets through — a run's result cast to the wrong type, a typed run failure rethrown —
   * instead of retrying their task forever: {@code MicroagentsWorker.workflowOptions()}.
   */
  @Bean
  public TemporalOptionsCustomizer<WorkflowImplementationOptions.Builder> microagentsWorkflowImplementationOptions() {
    return builder -> {
      Set<Class<? extends Throwable>> types = new LinkedHashSet<>();
      Class<? extends Throwable>[] given = builder.build().getFailWorkflowExceptionTypes();
      if (given != null) {
        types.addAll(List.of(given));
      }
      types.add(ClassCastException.class);
      types.add(AgentRunException.class);
      @SuppressWarnings("unchecked")
      Class<? extends Throwable>[] array = types.toArray(new Class[0]);
      return builder.setFailWorkflowExceptionTypes(array);
    };
  }

  /**
   * The embedded test server in real time, as {@code MicroagentsEnvironment} runs it: with time
   * skipping a run waiting for a person would see its timeouts fire at once.
   */
  @Bean
  @ConditionalOnProperty(prefix = "spring.temporal", name = "test-server.enabled", havingValue = "true")
  public TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> microagentsTestServerInRealTime() {
    return builder -> builder.setUseTimeskipping(false);
  }
}
