package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.ToolDefinition;
import io.microagents.run.RunContext;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.DynamicActivity;
import io.temporal.common.converter.EncodedValues;
import io.temporal.failure.ApplicationFailure;

/**
 * Every function tool, as one dynamic activity: the activity type is the tool's name, so
 * history and UI show {@code get_weather_alerts}, not a generic name. Arguments: the model's
 * JSON text, then the {@link RunContext} (whose agent picks the tool when two agents have
 * tools of the same name). Returns the tool's text. A tool's exception fails the attempt and
 * is retried by the activity's retry policy, except a {@link io.microagents.agent.ToolException}
 * (unless {@code retryable}) and arguments that do not bind: those fail at once. A tool the
 * registry's {@link io.microagents.agent.ToolListing} listed after this worker started (an MCP
 * server's new tool, in a run that listed it) is found there.
 */
public final class ToolActivity implements DynamicActivity {

  /** The failure type of arguments that do not fit the tool; never retried. */
  public static final String INVALID_ARGUMENTS = "ToolArgumentsException";

  private final AgentRegistry registry;
  private final int payloadLimit;

  /** @param payloadLimit the largest output recorded when the client has no External Storage */
  public ToolActivity(AgentRegistry registry, int payloadLimit) {
    this.registry = registry;
    this.payloadLimit = payloadLimit;
  }

  @Override
  public Object execute(EncodedValues args) {
    ActivityExecutionContext activity = Activity.getExecutionContext();
    String name = activity.getInfo().getActivityType();
    String arguments = args.getSize() > 0 ? args.get(0, String.class) : "";
    RunContext context = args.getSize() > 1 ? args.get(1, RunContext.class) : null;
    ToolDefinition tool = find(name, context == null ? null : context.agent());
    String output;
    try {
      output = Heartbeats.whileRunning(activity, () -> tool.invoker().invoke(arguments, context));
    } catch (ToolArgumentsException e) {
      throw ApplicationFailure.newNonRetryableFailure(CompactFailures.clip(e.getMessage()), INVALID_ARGUMENTS);
    } catch (Exception e) {
      throw CompactFailures.of(e); // the cause chain's messages, a few frames: under the server's 4 KB
    }
    PayloadLimit.checkResult(activity.getWorkflowClient(), payloadLimit, output, "The output of tool '" + name + "'");
    return output;
  }

  private ToolDefinition find(String name, String agentName) {
    if (agentName != null && registry.contains(agentName)) {
      ToolDefinition t = registry.agent(agentName).tool(name);
      if (t != null && t.kind() == ToolDefinition.Kind.FUNCTION) {
        return t;
      }
    }
    if (agentName != null && registry.listing() != null && registry.listing().lists(agentName)) {
      ToolDefinition t = registry.listing().current(agentName).tool(name); // listed after this worker started
      if (t != null && t.kind() == ToolDefinition.Kind.FUNCTION) {
        return t;
      }
    }
    for (AgentDefinition a : registry.agents()) {
      ToolDefinition t = a.tool(name);
      if (t != null && t.kind() == ToolDefinition.Kind.FUNCTION) {
        return t;
      }
    }
    throw ApplicationFailure.newNonRetryableFailure(MissingToolInvoker.message(agentName, name), "UnknownTool");
  }
}
