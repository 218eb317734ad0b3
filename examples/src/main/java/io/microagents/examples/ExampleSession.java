package io.microagents.examples;

import io.microagents.agent.AgentRegistry;
import io.microagents.examples.agenticloop.AgenticLoopWorker;
import io.microagents.examples.steps.HistoryFollower;
import io.microagents.examples.web.FakeWebApis;
import io.microagents.examples.web.WebEndpoints;
import io.microagents.model.ModelProvider;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.redis.RedisStreamTransport;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.LowLatency;
import io.microagents.temporal.MicroagentsOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything an example runs with: the agents, the model (scripted offline, or OpenAI),
 * the web endpoints (recorded or live), a Temporal environment (embedded or a cluster) with
 * a worker serving every example, the person answering questions and where steps are
 * printed. Opened once per command; close it to stop the worker and servers.
 */
public final class ExampleSession implements AutoCloseable {

  private final SessionSettings settings;
  private final AgentRegistry registry;
  private final ModelProvider models;
  private final HumanAnswers human;
  private final StepPrinter printer;
  private final MicroagentsEnvironment environment;
  private final List<AutoCloseable> resources;
  private final SessionTrace trace;
  private volatile String currentRun;

  private ExampleSession(SessionSettings settings, AgentRegistry registry, ModelProvider models,
      MicroagentsEnvironment environment, List<AutoCloseable> resources, SessionTrace trace) {
    this.settings = settings;
    this.registry = registry;
    this.models = models;
    this.printer = new StepPrinter(settings.out());
    this.human = new HumanAnswers(settings.answers(), settings.terminal(), settings.out());
    this.environment = environment;
    this.resources = resources;
    this.trace = trace;
  }

  /** Starts the fake web APIs (offline), the Temporal environment and, when asked, the worker. */
  public static ExampleSession open(SessionSettings settings) {
    return open(settings, UnaryOperator.identity());
  }

  /** As {@link #open(SessionSettings)}, the worker's models wrapped (e.g. to log each call). */
  public static ExampleSession open(SessionSettings settings, UnaryOperator<ModelProvider> wrapModels) {
    List<AutoCloseable> resources = new ArrayList<>();
    try {
      WebEndpoints endpoints = settings.web() != null ? settings.web() : WebEndpoints.fromEnv();
      if (settings.offline()) {
        FakeWebApis web = FakeWebApis.start();
        resources.add(web);
        endpoints = web.endpoints();
      }
      AgentRegistry registry = ExampleAgents.registry(endpoints);
      ModelProvider base = ExampleAgents.offlineModel().paced(settings.offlinePace());
      if (!settings.offline() && settings.runWorker()) {
        OpenAiModelProvider openAi = new OpenAiModelProvider(openAi(settings));
        resources.add(openAi);
        base = openAi;
      }
      ModelProvider models = wrapModels.apply(base);
      MicroagentsOptions.Builder options = MicroagentsOptions.builder();
      if (settings.redis() != null) { // worker and clients in different processes stream through Redis
        RedisStreamTransport redis = RedisStreamTransport.builder().uri(settings.redis()).build();
        resources.add(redis);
        options.streams(redis);
      }
      if (settings.lowLatency()) {
        options.lowLatency(LowLatency.allModelCalls());
      }
      SessionTrace trace = settings.trace() ? new SessionTrace() : null;
      if (trace != null) {
        resources.add(trace);
      }
      WorkerFactoryOptions factoryOptions = trace == null ? WorkerFactoryOptions.getDefaultInstance()
          : WorkerFactoryOptions.newBuilder().setWorkerInterceptors(trace.tracing().workerInterceptor()).build();
      MicroagentsEnvironment environment = MicroagentsEnvironment.builder().registry(registry).models(models).options(options.build())
          .address(settings.temporal().address()).namespace(settings.temporal().namespace())
          .payloadStore(settings.temporal().payloadStore()).workerOptions(settings.temporal().workerOptions())
          .clientOptions(o -> trace == null ? o : o.setInterceptors(trace.tracing().clientInterceptor()))
          .workerFactoryOptions(factoryOptions)
          .taskQueue(settings.taskQueues().agents()).startWorker(false).build();
      resources.add(0, environment);
      if (settings.runWorker()) {
        ExampleWorkflows.register(environment.worker());
        WorkerFactory loopWorkers = WorkerFactory.newInstance(environment.workflowClient(), factoryOptions);
        AgenticLoopWorker.register(loopWorkers, settings.taskQueues().agenticLoop(), registry, models, settings.model(),
            settings.temporal().workerOptions());
        environment.start();
        loopWorkers.start();
        resources.add(0, loopWorkers::shutdownNow);
      }
      return new ExampleSession(settings, registry, models, environment, resources, trace);
    } catch (RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  private static OpenAiOptions openAi(SessionSettings settings) {
    OpenAiOptions.Builder options = settings.openAi() != null ? settings.openAi().toBuilder() : OpenAiOptions.builder();
    return settings.model() == null ? options.build() : options.defaultModel(settings.model()).build();
  }

  /** All example agents. */
  public AgentRegistry registry() { return registry; }

  /** The model provider of this process's worker. */
  public ModelProvider models() { return models; }

  /** Answers for a person. */
  public HumanAnswers human() { return human; }

  /** Where steps are printed. */
  public StepPrinter printer() { return printer; }

  /** The task queues of this session's workers and workflows. */
  public TaskQueues taskQueues() { return settings.taskQueues(); }

  /** How this session was opened. */
  public SessionSettings settings() { return settings; }

  /** Options for every agent run: the model override, if any. */
  public RunOptions runOptions() {
    return settings.model() == null ? RunOptions.DEFAULTS : RunOptions.builder().model(settings.model()).build();
  }

  /** The spans of this session's runs, when opened with {@code trace(true)}; else {@code null}. */
  public SessionTrace trace() { return trace; }

  /** The durable agent client. */
  public AgentClient agents() { return environment.client(); }

  /** The Temporal client. */
  public WorkflowClient workflows() { return environment.workflowClient(); }

  /** A follower printing workflows' steps as they are recorded, and the model's text as it streams. */
  public HistoryFollower follower() {
    return new HistoryFollower(environment.workflowClient(), printer, environment.client());
  }

  /**
   * Runs an agent durably as its own workflow, printing its steps as they are recorded, and
   * waits for its result.
   */
  public RunResult runAgent(String agent, String input) {
    String id = newWorkflowId(agent);
    agents().start(agent, List.of(Message.user(input)), runOptions(), id);
    return followAgent(id);
  }

  /** Prints the steps of an agent run under way (from its start) and waits for its result. */
  public RunResult followAgent(String id) {
    try (HistoryFollower follower = follower()) {
      follower.follow(id);
      RunResult result = agents().result(id);
      follower.awaitPrinted(30);
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while following " + id, e);
    }
  }

  /** A fresh, readable workflow id for an example run; it becomes the {@link #currentRun()}. */
  public String newWorkflowId(String example) {
    String id = example + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    currentRun = id;
    return id;
  }

  /** The workflow id of the run this session started last (or attached to), or {@code null}. */
  public String currentRun() {
    return currentRun;
  }

  /** Makes an existing workflow the {@link #currentRun()}, as {@code attach} does. */
  public void attached(String workflowId) {
    currentRun = workflowId;
  }

  @Override
  public void close() {
    closeAll(resources);
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception ignored) {
        // Closing is best effort: the process is ending anyway.
      }
    }
  }
}
