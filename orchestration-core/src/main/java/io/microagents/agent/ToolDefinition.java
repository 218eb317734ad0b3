package io.microagents.agent;

import io.microagents.agent.internal.StrictArguments;
import io.microagents.model.ToolSpec;
import io.microagents.run.internal.AgentToolInput;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * A tool as the loop knows it: its spec for the model and how to run it.
 *
 * @param spec name, description and argument schema, as offered to the model
 * @param kind a function, another agent, or a question to a person
 * @param invoker runs a {@link Kind#FUNCTION} tool; {@code null} for the other kinds
 * @param agentTool the name of the agent a {@link Kind#AGENT} tool runs, else {@code null}
 * @param inline run inside the workflow rather than as an activity (deterministic tools only)
 * @param needsApproval a person must approve each call before it runs
 * @param method the annotated method, when declared with {@code @Tool}; lets a runtime read
 *     further annotations (timeouts, retries) from it
 */
public record ToolDefinition(
    ToolSpec spec,
    Kind kind,
    ToolInvoker invoker,
    String agentTool,
    boolean inline,
    boolean needsApproval,
    Method method) {

  /** The kinds of tool. */
  public enum Kind {
    /** A Java method or function. */
    FUNCTION,
    /** Another agent, run on a fresh input; its final output is the tool's output. */
    AGENT,
    /** A question to a person; the answer is the tool's output. */
    HUMAN
  }

  /** The name of the built-in tool that asks a person a question. */
  public static final String ASK_HUMAN = "ask_human";

  public ToolDefinition {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.FUNCTION) != (invoker != null)) {
      throw new IllegalArgumentException("tool " + spec.name() + ": only function tools have an invoker");
    }
    if ((kind == Kind.AGENT) != (agentTool != null)) {
      throw new IllegalArgumentException("tool " + spec.name() + ": only agent tools name an agent");
    }
  }

  /** The tool's name. */
  public String name() {
    return spec.name();
  }

  /** A function tool built by hand. */
  public static ToolDefinition function(ToolSpec spec, ToolInvoker invoker) {
    return new ToolDefinition(spec, Kind.FUNCTION, invoker, null, false, false, null);
  }

  /** A tool that runs the named agent. */
  public static ToolDefinition agent(ToolSpec spec, String agentName) {
    return new ToolDefinition(spec, Kind.AGENT, null, agentName, false, false, null);
  }

  /** The built-in tool that asks a person a question and returns the answer. */
  public static ToolDefinition askHuman() {
    return new ToolDefinition(ASK_HUMAN_SPEC, Kind.HUMAN, null, null, false, false, null);
  }

  private static final ToolSpec ASK_HUMAN_SPEC = new ToolSpec(ASK_HUMAN,
      "Ask the user a question and wait for the answer. Use it when you need information only the user has.",
      io.microagents.json.Json.parse("{\"type\":\"object\",\"properties\":{\"question\":{\"type\":\"string\","
          + "\"description\":\"the question to ask\"}},\"required\":[\"question\"],\"additionalProperties\":false}"),
      true);

  /**
   * The arguments of a call exactly as they will be bound, as canonical JSON (the keys of
   * every object in alphabetical order; for a {@code @Tool} method, every parameter, a
   * nullable one left out as {@code null}): the text a person approves, never the model's raw
   * text. Pure and deterministic, so the loop may call it inside a workflow.
   *
   * @throws ToolArgumentsException naming the tool and the argument, when they do not bind
   */
  public String canonicalArguments(String argumentsJson) {
    return switch (kind) {
      case FUNCTION -> invoker.canonicalArguments(name(), argumentsJson);
      case AGENT -> AgentToolInput.canonical(name(), argumentsJson);
      case HUMAN -> StrictArguments.canonicalObject("tool " + name(), argumentsJson);
    };
  }

  /** A copy that needs a person's approval before each call. */
  public ToolDefinition withApproval() {
    return new ToolDefinition(spec, kind, invoker, agentTool, inline, true, method);
  }
}
