package io.microagents.temporal;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.internal.ChildRuns;
import io.microagents.temporal.internal.Runtimes;
import io.temporal.workflow.Promise;
import java.util.List;

/**
 * The just-code style, for workflow code: each call runs an agent's own loop as a child
 * {@link AgentWorkflow} with the id {@code <parentWorkflowId>/<agent>-<n>}. Chain runs by
 * passing one result to the next; fan out with {@link #runAsync} and fan in with
 * {@code Promise.allOf}.
 *
 * <pre>{@code
 * Plan plan = Agents.run(PlannerAgent.class, question);
 * List<Promise<String>> searches = new ArrayList<>();
 * for (String q : plan.queries()) searches.add(Agents.runAsync(SearchAgent.class, q));
 * Promise.allOf(searches).get();
 * String report = Agents.run(WriterAgent.class, join(searches));
 * }</pre>
 *
 * <p>Call only from workflow code on a worker set up with {@link MicroagentsWorker}.
 */
public final class Agents {

  private Agents() {}

  /** Runs the agent on a user message; returns its final output as its output type. */
  public static <T> T run(Class<?> agentClass, String input) {
    return Agents.<T>runAsync(agentClass, input).get();
  }

  /** Starts the agent on a user message; the promise completes with its typed final output. */
  public static <T> Promise<T> runAsync(Class<?> agentClass, String input) {
    return runAsync(agentClass, input, RunOptions.DEFAULTS);
  }

  /** Runs the agent on a user message with options (a model override, a context); returns its typed output. */
  public static <T> T run(Class<?> agentClass, String input, RunOptions options) {
    return Agents.<T>runAsync(agentClass, input, options).get();
  }

  /** Starts the agent on a user message with options; the promise completes with its typed output. */
  @SuppressWarnings("unchecked")
  public static <T> Promise<T> runAsync(Class<?> agentClass, String input, RunOptions options) {
    Class<?> type = outputType(agentClass);
    return runSummaryAsync(nameOf(agentClass), List.of(Message.user(input)), options)
        .thenApply(r -> (T) r.finalOutput(type));
  }

  /** Runs the agent on a user message; returns its summary (output, last agent, usage, counts). */
  public static RunSummary runSummary(Class<?> agentClass, String input) {
    return runSummaryAsync(agentClass, input).get();
  }

  /** Starts the agent on a user message; the promise completes with its summary. */
  public static Promise<RunSummary> runSummaryAsync(Class<?> agentClass, String input) {
    return runSummaryAsync(nameOf(agentClass), List.of(Message.user(input)), RunOptions.DEFAULTS);
  }

  /** Runs the named agent on any input with options; returns its summary. */
  public static RunSummary runSummary(String agent, List<Item> input, RunOptions options) {
    return runSummaryAsync(agent, input, options).get();
  }

  /**
   * Starts the named agent on any input with options; the promise completes with its summary.
   * The child's items are in its own history (its workflow id is {@code <this id>/<agent>-<n>}).
   */
  public static Promise<RunSummary> runSummaryAsync(String agent, List<Item> input, RunOptions options) {
    return ChildRuns.start(agent, input, options);
  }

  /** The name the worker's registry gives this agent class (its {@code @Agent} name otherwise). */
  public static String nameOf(Class<?> agentClass) {
    AgentRegistry registry = Runtimes.registryFor(agentClass);
    if (registry != null) {
      return registry.nameOf(agentClass);
    }
    Agent a = agentClass.getAnnotation(Agent.class);
    if (a == null) {
      throw new IllegalArgumentException(agentClass.getName() + " is not an @Agent class registered on this worker");
    }
    return a.name().isEmpty() ? agentClass.getSimpleName() : a.name();
  }

  private static Class<?> outputType(Class<?> agentClass) {
    AgentRegistry registry = Runtimes.registryFor(agentClass);
    if (registry != null) {
      return registry.agent(agentClass).outputType();
    }
    Agent a = agentClass.getAnnotation(Agent.class);
    return a == null ? String.class : a.outputType();
  }
}
