package io.microagents.temporal.internal;

import io.microagents.agent.AgentRegistry;
import io.temporal.workflow.Workflow;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtimes registered on workers of this JVM, by task queue: lets {@code Agents.run}
 * resolve an agent class to its name from any workflow's code. Written only at worker setup;
 * read in workflow code as configuration (the same on every replay).
 */
public final class Runtimes {

  private static final Map<String, MicroagentsRuntime> BY_TASK_QUEUE = new ConcurrentHashMap<>();
  private static volatile MicroagentsRuntime last;

  private Runtimes() {}

  /** Records the runtime of a worker's task queue. */
  public static void put(String taskQueue, MicroagentsRuntime runtime) {
    BY_TASK_QUEUE.put(taskQueue, runtime);
    last = runtime;
  }

  /**
   * The registry that knows this agent class: the one of the current workflow's task queue,
   * else any registered one, else {@code null}.
   */
  public static AgentRegistry registryFor(Class<?> agentClass) {
    MicroagentsRuntime own = BY_TASK_QUEUE.get(Workflow.getInfo().getTaskQueue());
    if (own != null && knows(own.registry(), agentClass)) {
      return own.registry();
    }
    MicroagentsRuntime latest = last;
    if (latest != null && knows(latest.registry(), agentClass)) {
      return latest.registry();
    }
    for (MicroagentsRuntime r : BY_TASK_QUEUE.values()) {
      if (knows(r.registry(), agentClass)) {
        return r.registry();
      }
    }
    return null;
  }

  private static boolean knows(AgentRegistry registry, Class<?> agentClass) {
    try {
      registry.nameOf(agentClass);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
