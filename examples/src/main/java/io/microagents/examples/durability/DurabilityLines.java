package io.microagents.examples.durability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a worker process prints for each model call and tool step, and how the
 * durability example reads them back: the worker's stdout is the ledger that shows no
 * model call was made twice.
 */
public final class DurabilityLines {

  private static final Pattern MODEL_CALL = Pattern.compile("model call by (\\S+) on a conversation of (\\d+) items");
  private static final Pattern TOOL_STARTED = Pattern.compile("tool crunch step (\\d+) started");

  private DurabilityLines() {}

  /** The line for a model call: the agent and its input's length identify the call. */
  public static String modelCall(String agent, int items) {
    return "model call by " + agent + " on a conversation of " + items + " items";
  }

  /** The line for a tool step starting. */
  public static String toolStarted(int step) {
    return "tool crunch step " + step + " started";
  }

  /** The key of a model-call line ({@code agent@items}), or {@code null}. */
  public static String modelCallKey(String line) {
    Matcher m = MODEL_CALL.matcher(line);
    return m.find() ? m.group(1) + "@" + m.group(2) : null;
  }

  /** The step of a tool-start line, or -1. */
  public static int toolStep(String line) {
    Matcher m = TOOL_STARTED.matcher(line);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
