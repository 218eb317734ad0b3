package io.microagents.agent;

import io.microagents.run.RunContext;

/** Runs a tool from the JSON arguments the model wrote; returns the text the model sees. */
@FunctionalInterface
public interface ToolInvoker {

  /**
   * @throws ToolArgumentsException when the arguments are not JSON or do not fit the schema
   * @throws Exception when the tool itself fails
   */
  String invoke(String argumentsJson, RunContext context) throws Exception;
}
