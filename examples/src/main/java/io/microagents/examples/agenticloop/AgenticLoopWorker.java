package io.microagents.examples.agenticloop;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.examples.weather.WeatherAgent;
import io.microagents.model.ModelProvider;
import io.microagents.model.ToolSpec;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.util.List;

/**
 * Puts the bare loop on a worker of its own task queue: the workflow, the model activity and
 * the tool dispatcher. The tools are the weather agent's functions; their JSON schemas come
 * from the methods, not written by hand.
 */
public final class AgenticLoopWorker {

  private AgenticLoopWorker() {}

  /** Registers the loop on a new worker of {@code factory} polling {@code taskQueue}; start the factory afterwards. */
  public static Worker register(WorkerFactory factory, String taskQueue, AgentRegistry registry, ModelProvider models,
      String model, WorkerOptions options) {
    Worker worker = factory.newWorker(taskQueue, options);
    registerWorkflow(worker, registry, model);
    List<ToolDefinition> tools = registry.agent(WeatherAgent.class).tools();
    worker.registerActivitiesImplementations(new LoopModelActivityImpl(models), new ToolDispatcher(tools));
    return worker;
  }

  /** Registers only the loop's workflow (a worker that replays histories needs no activities). */
  public static void registerWorkflow(Worker worker, AgentRegistry registry, String model) {
    List<ToolSpec> specs = registry.agent(WeatherAgent.class).tools().stream().map(ToolDefinition::spec).toList();
    worker.registerWorkflowImplementationFactory(AgenticLoopWorkflow.class, () -> new AgenticLoopWorkflowImpl(specs, model));
  }
}
