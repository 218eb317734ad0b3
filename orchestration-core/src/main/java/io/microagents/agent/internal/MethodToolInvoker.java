package io.microagents.agent.internal;

import io.microagents.agent.ToolInvoker;
import io.microagents.json.Json;
import io.microagents.run.RunContext;

/**
 * Runs a {@code @Tool} method: binds the model's JSON arguments to its parameters, calls it
 * on the agent instance and renders the result as the text the model sees (a String as
 * is, nothing as {@code ""}, anything else as JSON).
 */
public final class MethodToolInvoker implements ToolInvoker {

  private final String toolName;
  private final Object target;
  private final ParameterBinder binder;

  MethodToolInvoker(String toolName, Object target, ParameterBinder binder) {
    this.toolName = toolName;
    this.target = target;
    this.binder = binder;
  }

  @Override
  public String invoke(String argumentsJson, RunContext context) throws Exception {
    Object[] args = binder.bind(toolName, argumentsJson, context);
    Object result = Members.invoke(binder.method(), target, args);
    binder.afterCall(args, context);
    if (result == null) {
      return "";
    }
    if (result instanceof String s) {
      return s;
    }
    return Json.write(result);
  }

  @Override
  public String canonicalArguments(String tool, String argumentsJson) {
    return binder.canonical(tool, argumentsJson);
  }

  /** The agent instance the method is called on. */
  Object target() {
    return target;
  }

  @Override
  public String toString() {
    return "MethodToolInvoker[" + toolName + " -> " + Members.describe(binder.method()) + "]";
  }
}
