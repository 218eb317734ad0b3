package io.microagents.temporal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.ToolDefinition;
import io.microagents.json.Json;
import io.microagents.loop.ToolOutcome;
import io.microagents.run.RunContext;
import io.microagents.run.internal.ToolErrors;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;

/** Turns what a tool activity, child run or inline tool did into a {@link ToolOutcome}. */
final class ToolOutcomes {

  private ToolOutcomes() {}

  /**
   * Runs an inline tool in workflow code, once: its outcome is recorded (a side-effect
   * marker) and read back on replay, so a replay in another JVM never recomputes it.
   */
  static ToolOutcome inline(ToolDefinition tool, String arguments, RunContext context) {
    RunContext copy = new RunContext(copyOf(context.context()), context.agent(), context.turn(), context.usage());
    return Workflow.sideEffect(ToolOutcome.class, () -> invoke(tool, arguments, copy));
  }

  /**
   * The tool gets a copy of the context object, as a tool activity does: a change it made
   * would be lost on replay (the side effect is not run again), so it is never kept.
   */
  private static Object copyOf(Object context) {
    try {
      return context == null ? null : Json.mapper().treeToValue(Json.mapper().valueToTree(context), Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The run's context cannot be copied as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ToolOutcome invoke(ToolDefinition tool, String arguments, RunContext context) {
    try {
      return ToolOutcome.ok(tool.invoker().invoke(arguments, context));
    } catch (ToolArgumentsException e) {
      return ToolOutcome.invalidArguments(e.getMessage());
    } catch (TemporalFailure e) {
      throw e;
    } catch (Exception e) {
      return ToolOutcome.failed(ToolErrors.describe(tool.name(), e));
    }
  }

  /** The outcome of a tool activity or child run that failed (after its retries). */
  static ToolOutcome ofFailure(String tool, RuntimeException failure) {
    Throwable cause = failure instanceof ActivityFailure || failure instanceof ChildWorkflowFailure
        ? failure.getCause() : failure;
    if (cause instanceof ApplicationFailure a) {
      if (ToolActivity.INVALID_ARGUMENTS.equals(a.getType())) {
        return ToolOutcome.invalidArguments(a.getOriginalMessage());
      }
      return ToolOutcome.failed(describe(tool, a.getOriginalMessage()));
    }
    if (cause instanceof TimeoutFailure t) {
      return ToolOutcome.failed(describe(tool, "timed out (" + t.getTimeoutType() + ")"));
    }
    return ToolOutcome.failed(describe(tool, message(cause == null ? failure : cause)));
  }

  /** The in-process wording, so a model sees the same text either way. */
  private static String describe(String tool, String message) {
    return ToolErrors.describe(tool, message);
  }

  private static String message(Throwable e) {
    if (e instanceof TemporalFailure t) {
      return t.getOriginalMessage();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
