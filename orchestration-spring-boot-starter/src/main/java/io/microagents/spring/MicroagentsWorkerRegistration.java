package io.microagents.spring;

import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Puts the agent workflows and activities on the worker of the agents' task queue, taking the
 * starter's worker of that queue ({@code spring.temporal.workers[*].task-queue}) or adding one.
 *
 * <p>Ordering: Temporal's starter creates its workers while the context refreshes and starts
 * the factory on {@code ApplicationReadyEvent}; this runs in between, once every singleton
 * (its workers bean included) exists, so the registrations are in place before
 * {@code WorkerFactory.start()}. A factory already started is an error, not a silent no-op.
 */
public final class MicroagentsWorkerRegistration implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(MicroagentsWorkerRegistration.class);

  private final ObjectProvider<WorkerFactory> workerFactory;
  private final String taskQueue;
  private final AgentRegistry registry;
  private final ModelProvider models;
  private final MicroagentsOptions options;
  private final ConfigurableListableBeanFactory beans;
  private Worker worker;

  /** Registers these agents, models and options on the worker of {@code taskQueue}. */
  public MicroagentsWorkerRegistration(ObjectProvider<WorkerFactory> workerFactory, String taskQueue,
      AgentRegistry registry, ModelProvider models, MicroagentsOptions options, ConfigurableListableBeanFactory beans) {
    this.workerFactory = workerFactory;
    this.taskQueue = checkTaskQueue(taskQueue);
    this.registry = registry;
    this.models = models;
    this.options = options;
    this.beans = beans;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (beans.containsBean("temporalWorkers")) {
      beans.getBean("temporalWorkers"); // the starter's own workers first, so its worker of our queue is reused
    }
    WorkerFactory factory = workerFactory.getIfAvailable();
    if (factory == null) {
      throw new MicroagentsConfigurationException("spring.temporal.workers",
          "Temporal's starter made no WorkerFactory (it makes one only when workers are configured)",
          "Configure a worker, e.g. spring.temporal.workers[0].task-queue=" + taskQueue);
    }
    if (factory.isStarted()) {
      throw new IllegalStateException("The Temporal WorkerFactory started before the agent workflows were registered on "
          + "task queue '" + taskQueue + "'; start it on ApplicationReadyEvent (the starter's default), not earlier");
    }
    Worker existing = factory.tryGetWorker(taskQueue);
    worker = existing != null ? existing : factory.newWorker(taskQueue);
    boolean stored = factory.getWorkflowClient().getOptions().getExternalStorage() != null;
    MicroagentsWorker.register(worker, registry, models, options.withExternalStorage(stored));
    log.info("Microagents: {} agents on task queue '{}'{}", registry.agents().size(), taskQueue,
        existing == null ? " (a worker of its own)" : "");
  }

  /** The worker the agents run on; {@code null} before the context has refreshed. */
  public Worker worker() {
    return worker;
  }

  static String checkTaskQueue(String taskQueue) {
    if (taskQueue == null || taskQueue.isBlank()) {
      throw new MicroagentsConfigurationException("microagents.task-queue", "is empty",
          "Name the task queue of agent runs, or leave it out for 'microagents'");
    }
    return taskQueue;
  }
}
