package io.microagents.examples.agenticloop;

import io.microagents.agent.ToolDefinition;
import io.temporal.activity.Activity;
import io.temporal.activity.DynamicActivity;
import io.temporal.common.converter.EncodedValues;
import io.temporal.failure.ApplicationFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every tool as one dynamic activity that finds the tool by name at run time. The workflow
 * schedules the activity type {@code get_weather_alerts}, so history and UI show the tool's
 * own name; here the name picks the function.
 */
public final class ToolDispatcher implements DynamicActivity {

  private final Map<String, ToolDefinition> tools = new LinkedHashMap<>();

  /** Dispatches to these tools. */
  public ToolDispatcher(List<ToolDefinition> tools) {
    tools.forEach(t -> this.tools.put(t.name(), t));
  }

  @Override
  public Object execute(EncodedValues args) {
    String name = Activity.getExecutionContext().getInfo().getActivityType();
    ToolDefinition tool = tools.get(name);
    if (tool == null) {
      throw ApplicationFailure.newNonRetryableFailure("No tool named '" + name + "'; tools: " + tools.keySet(), "UnknownTool");
    }
    try {
      return tool.invoker().invoke(args.get(0, String.class), null);
    } catch (IllegalArgumentException e) {
      // A bad argument fails the same way every time: no retries, the model reads why at once.
      throw ApplicationFailure.newNonRetryableFailure("tool " + name + " failed: " + describe(e), e.getClass().getName());
    } catch (Exception e) {
      // The message names the tool and every cause: it is what the model (and a person) reads.
      throw ApplicationFailure.newFailure("tool " + name + " failed: " + describe(e), e.getClass().getName());
    }
  }

  /** The exception's message (its type when it has none), and its root cause's when that says more. */
  private static String describe(Throwable e) {
    String text = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != e && root.getMessage() != null && !text.contains(root.getMessage())) {
      text += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return text;
  }
}
