package io.microagents.temporal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.model.ModelProvider;
import io.microagents.run.AgentRunException;
import io.microagents.temporal.internal.AgentWorkflowImpl;
import io.microagents.temporal.internal.ConversationWorkflowImpl;
import io.microagents.temporal.internal.ActivityPolicies;
import io.microagents.temporal.internal.MicroagentsRuntime;
import io.microagents.stream.StreamTransport;
import io.microagents.temporal.internal.ModelActivityImpl;
import io.microagents.temporal.internal.Runtimes;
import io.microagents.temporal.internal.ToolActivity;
import io.microagents.temporal.internal.ToolListActivityImpl;
import io.microagents.temporal.internal.WorkerWarmUp;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkflowImplementationOptions;

/**
 * Registers everything durable agents need on a Temporal {@link Worker}: the
 * {@link AgentWorkflow} and {@link ConversationWorkflow} implementations, the
 * {@link ModelActivity} and the one dynamic activity that runs every function tool under its
 * own name. Call before the worker factory starts.
 *
 * <p>The worker then owns one {@code DynamicActivity}; a worker can hold only one, so do not
 * register another on it.
 */
public final class MicroagentsWorker {

  private MicroagentsWorker() {}

  /** Registers workflows and activities with the default options. */
  public static void register(Worker worker, AgentRegistry registry, ModelProvider models) {
    register(worker, registry, models, MicroagentsOptions.DEFAULTS);
  }

  /**
   * Registers workflows and activities. With {@link MicroagentsOptions#toolTaskQueue()} set
   * to another queue, tools are not registered here: run {@link #registerTools} on a worker
   * of that queue. Also starts a short warm-up on a daemon thread (no network, no workflow
   * code): the classes and serializers the worker's first workflow task needs are loaded while
   * the worker connects, not on the workflow thread.
   *
   * @throws AgentDefinitionException when a tool is named like the model activity, or an agent's
   *     MCP tools are not attached
   */
  public static void register(Worker worker, AgentRegistry registry, ModelProvider models, MicroagentsOptions options) {
    check(registry);
    MicroagentsRuntime runtime = new MicroagentsRuntime(registry, models, options);
    Runtimes.put(worker.getTaskQueue(), runtime);
    WorkerWarmUp.start(runtime, CanonicalDataConverter.get());
    worker.registerWorkflowImplementationFactory(AgentWorkflow.class, () -> new AgentWorkflowImpl(runtime));
    worker.registerWorkflowImplementationFactory(ConversationWorkflow.class, () -> new ConversationWorkflowImpl(runtime));
    int limit = runtime.options().payloadLimitBytes();
    worker.registerActivitiesImplementations(new ModelActivityImpl(models, limit, runtime.options().streams()));
    String toolQueue = runtime.options().toolTaskQueue();
    if (toolQueue == null || toolQueue.equals(worker.getTaskQueue())) {
      worker.registerActivitiesImplementations(new ToolActivity(registry, limit),
          new ToolListActivityImpl(registry, runtime.options()));
    } else if (hasLocalTools(registry, runtime.options())) { // a local activity runs on the workflow's worker
      worker.registerActivitiesImplementations(new ToolActivity(registry, limit));
    }
  }

  private static boolean hasLocalTools(AgentRegistry registry, MicroagentsOptions options) {
    ActivityPolicies policies = ActivityPolicies.of(options);
    return registry.agents().stream().flatMap(a -> a.tools().stream()).anyMatch(policies::localTool);
  }

  /**
   * Creates a worker on {@code taskQueue} from the factory and registers workflows and
   * activities on it. Unlike {@link #register(Worker, AgentRegistry, ModelProvider, MicroagentsOptions)},
   * this sees the factory's client, so it knows whether External Storage holds large payloads
   * ({@link MicroagentsOptions.Builder#externalStorage}).
   *
   * @return the worker, to register more on before the factory starts
   */
  public static Worker register(WorkerFactory factory, String taskQueue, AgentRegistry registry, ModelProvider models,
      MicroagentsOptions options) {
    Worker worker = factory.newWorker(taskQueue);
    boolean stored = factory.getWorkflowClient().getOptions().getExternalStorage() != null;
    register(worker, registry, models, options.withExternalStorage(stored));
    return worker;
  }

  /**
   * Options for your own workflows that run agents (the just-code style): a mistake that Java
   * lets through — a result of {@code Agents.run(agent, input)} assigned to the wrong type (a
   * {@code ClassCastException}), a typed run failure rethrown — fails the workflow at once, with
   * that exception's message, instead of failing its task and retrying it forever.
   */
  public static WorkflowImplementationOptions workflowOptions() {
    return WorkflowImplementationOptions.newBuilder()
        .setFailWorkflowExceptionTypes(ClassCastException.class, AgentRunException.class)
        .build();
  }

  /** Registers your own workflow implementations with {@link #workflowOptions()}. */
  public static void registerWorkflows(Worker worker, Class<?>... workflowImplementations) {
    worker.registerWorkflowImplementationTypes(workflowOptions(), workflowImplementations);
  }

  /** Registers only the tool activities: for a worker that runs tools on their own task queue. */
  public static void registerTools(Worker worker, AgentRegistry registry) {
    registerTools(worker, registry, MicroagentsOptions.DEFAULTS);
  }

  /**
   * Registers only the tool activities, with the options of the agents' workers (their tool
   * policies apply to tools listed at run time, from MCP servers).
   */
  public static void registerTools(Worker worker, AgentRegistry registry, MicroagentsOptions options) {
    check(registry);
    worker.registerActivitiesImplementations(new ToolActivity(registry, options.payloadLimitBytes()),
        new ToolListActivityImpl(registry, options));
  }

  /** Registers only the model activity: for a worker that runs model calls and nothing else. */
  public static void registerModels(Worker worker, ModelProvider models) {
    registerModels(worker, models, null);
  }

  /** Registers only the model activity, its calls streaming to {@code streams} ({@code null}: not streaming). */
  public static void registerModels(Worker worker, ModelProvider models, StreamTransport streams) {
    worker.registerActivitiesImplementations(new ModelActivityImpl(models, MicroagentsOptions.DEFAULT_PAYLOAD_LIMIT, streams));
  }

  private static void check(AgentRegistry registry) {
    registry.checkMcpToolsAttached();
    for (AgentDefinition agent : registry.agents()) {
      for (ToolDefinition tool : agent.tools()) {
        if (tool.name().equals(ModelActivity.TYPE)) {
          throw new AgentDefinitionException("Tool '" + tool.name() + "' of agent '" + agent.name()
              + "' has the name of the model activity; rename it");
        }
      }
    }
  }
}
