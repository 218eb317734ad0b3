package io.microagents.agent;

import io.microagents.agent.internal.StrictArguments;
import io.microagents.run.RunContext;

/** Runs a tool from the JSON arguments the model wrote; returns the text the model sees. */
@FunctionalInterface
public interface ToolInvoker {

  /**
   * @throws ToolArgumentsException when the arguments are not JSON or do not fit the schema
   * @throws Exception when the tool itself fails
   */
  String invoke(String argumentsJson, RunContext context) throws Exception;

  /**
   * The arguments exactly as {@link #invoke} will take them, as canonical JSON (the keys of
   * every object in alphabetical order): what a person approves. The default parses them
   * strictly (one JSON object, no duplicate keys) and sorts the keys; an invoker that binds
   * typed parameters (as {@code @Tool} methods do) binds them and writes the bound values back.
   *
   * @param tool the tool's name, for errors
   * @throws ToolArgumentsException naming the tool, when the arguments do not bind
   */
  default String canonicalArguments(String tool, String argumentsJson) {
    return StrictArguments.canonicalObject("tool " + tool, argumentsJson);
  }
}
