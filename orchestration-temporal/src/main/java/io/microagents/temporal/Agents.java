package io.microagents.temporal;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.temporal.internal.ChildRuns;
import io.microagents.temporal.internal.RunFailures;
import io.microagents.temporal.internal.Runtimes;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import java.util.List;
import java.util.Optional;

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
 * <p>Prefer the overloads that take the output type ({@code Agents.run(WriterAgent.class,
 * Report.class, input)}): assigning the result to another type is then a compile error, and an
 * agent whose output is not of that type fails the workflow at once, saying so. A mistake in
 * the call (an unknown agent class) fails the workflow at once too, never a workflow task
 * retried forever. A child that fails fails the promise with Temporal's
 * {@code ChildWorkflowFailure}; {@link #failureOf} gives the typed exception behind it.
 *
 * <p>Call only from workflow code on a worker set up with {@link MicroagentsWorker}.
 */
public final class Agents {

  private Agents() {}

  /**
   * Runs the agent on a user message; returns its final output as {@code outputType} (a
   * String gets the text of any output).
   */
  public static <T> T run(Class<?> agentClass, Class<T> outputType, String input) {
    return runAsync(agentClass, outputType, input, RunOptions.DEFAULTS, null).get();
  }

  /** Runs the agent on a user message with options; returns its final output as {@code outputType}. */
  public static <T> T run(Class<?> agentClass, Class<T> outputType, String input, RunOptions options) {
    return runAsync(agentClass, outputType, input, options, null).get();
  }

  /** Starts the agent on a user message; the promise completes with its final output as {@code outputType}. */
  public static <T> Promise<T> runAsync(Class<?> agentClass, Class<T> outputType, String input) {
    return runAsync(agentClass, outputType, input, RunOptions.DEFAULTS, null);
  }

  /**
   * Starts the agent on a user message, with run options and the child workflow's options
   * (timeouts, parent close policy, an id; {@code null} for the defaults); the promise completes
   * with its final output as {@code outputType}.
   */
  public static <T> Promise<T> runAsync(Class<?> agentClass, Class<T> outputType, String input, RunOptions options,
      ChildWorkflowOptions child) {
    String agent = nameOf(agentClass);
    Class<?> produced = outputType(agentClass);
    if (outputType != String.class && !outputType.isAssignableFrom(produced)) {
      throw mistake("Agent '" + agent + "' (" + agentClass.getName() + ") produces " + produced.getName()
          + ", not " + outputType.getName() + ": ask for " + produced.getSimpleName() + " or String");
    }
    return ChildRuns.start(agent, List.of(Message.user(input)), options, child)
        .thenApply(r -> r.finalOutput(outputType));
  }

  /**
   * Runs the agent on a user message; returns its final output as its output type. The type is
   * not checked at compile time: prefer {@link #run(Class, Class, String)}.
   */
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
    return ChildRuns.start(agent, input, options, null);
  }

  /**
   * The typed exception behind a failed child run — {@code Agents.run} throws, or its promise
   * fails with, Temporal's {@code ChildWorkflowFailure}: a run stopped early (a guardrail, max
   * turns, …) or a model call that failed for good ({@code ModelCallFailedException}).
   */
  public static Optional<AgentRunException> failureOf(Throwable failure) {
    return Optional.ofNullable(RunFailures.fromFailure(failure));
  }

  /** A mistake in workflow code: fails the workflow at once (not its task, retried forever). */
  private static ApplicationFailure mistake(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, "AgentCodeException");
  }

  /** The name the worker's registry gives this agent class (its {@code @Agent} name otherwise). */
  public static String nameOf(Class<?> agentClass) {
    AgentRegistry registry = Runtimes.registryFor(agentClass);
    if (registry != null) {
      return registry.nameOf(agentClass);
    }
    Agent a = agentClass.getAnnotation(Agent.class);
    if (a == null) {
      throw mistake(agentClass.getName() + " is not an @Agent class registered on this worker");
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
