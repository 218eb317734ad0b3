package io.microagents.temporal.internal;

import io.microagents.run.AgentCodeException;
import io.microagents.run.AgentRunException;
import io.microagents.run.GuardrailTripwireException;
import io.microagents.run.InputGuardrailTripwireException;
import io.microagents.run.MaxTurnsExceededException;
import io.microagents.run.ModelCallFailedException;
import io.microagents.run.ModelBehaviorException;
import io.microagents.run.OutputGuardrailTripwireException;
import io.microagents.run.PayloadTooLargeException;
import io.microagents.run.RunState;
import io.microagents.run.ToolFailedException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a run that stopped early into a workflow failure and back. The failure's type is the
 * exception's simple name; its details are the run's state without its items (they are in
 * history: the failure stays small however long the run was), then the guardrail (or tool)
 * name and info, so a client can rebuild the typed exception.
 */
public final class RunFailures {

  private RunFailures() {}

  /** A non-retryable failure that fails the workflow (or the update), with a compact state. */
  public static ApplicationFailure toFailure(AgentRunException e) {
    Named n = named(e);
    ApplicationFailure failure = ApplicationFailure.newNonRetryableFailure(CompactFailures.clip(e.getMessage()),
        e.getClass().getSimpleName(), compact(e.state()), n.name(), CompactFailures.clip(n.info()));
    return CompactFailures.trimmed(failure);
  }

  /** The guardrail or tool an exception names, and what it said. */
  private record Named(String name, String info) {}

  private static Named named(AgentRunException e) {
    if (e instanceof GuardrailTripwireException g) {
      return new Named(g.guardrail(), g.info());
    }
    if (e instanceof ToolFailedException t) {
      String prefix = "Tool '" + t.tool() + "' failed: ";
      return new Named(t.tool(), e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage());
    }
    return new Named(null, null);
  }

  /** The state without its items: where the run was and what it cost. */
  static RunState compact(RunState s) {
    if (s == null) {
      return null;
    }
    return new RunState(s.startingAgent(), s.currentAgent(), List.of(), List.of(), List.of(), 0, s.turn(),
        s.maxTurns(), s.usage(), List.of(), s.inputGuardrailsChecked(), s.options());
  }

  /**
   * The typed exception a failure stands for — a run stopped early, or a model call that failed
   * for good ({@link ModelCallFailedException}) — or {@code null} when it is neither.
   */
  public static AgentRunException fromFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure a) {
        AgentRunException e = rebuild(a);
        if (e != null) {
          return e;
        }
        if (ModelActivityImpl.FAILURE_TYPE.equals(a.getType())) {
          int status = a.getDetails().getSize() > 0 ? a.getDetails().get(0, Integer.class) : 0;
          return new ModelCallFailedException(a.getOriginalMessage(), status, null);
        }
      }
    }
    return null;
  }

  /**
   * The typed exception a client throws for a failed run or update, the Temporal exception as
   * its cause; with {@code recorded}, its state holds the items read back from history.
   * Returns {@code e} itself when the failure is not one of ours.
   */
  public static RuntimeException typed(RuntimeException e, Throwable cause, Supplier<RunHistory.Recorded> recorded) {
    AgentRunException typed = fromFailure(cause);
    if (typed == null) {
      return e;
    }
    if (recorded != null && typed.state() != null) {
      RunState s = typed.state();
      RunHistory.Recorded r = recorded.get();
      typed = withState(typed, new RunState(s.startingAgent(), s.currentAgent(), r.input(), r.newItems(), r.items(),
          r.input().size(), s.turn(), s.maxTurns(), s.usage(), r.responses(), s.inputGuardrailsChecked(), s.options()));
    }
    typed.initCause(e);
    return typed;
  }

  /** The same exception with another state (the items read back from history). */
  public static AgentRunException withState(AgentRunException e, RunState state) {
    Named n = named(e);
    return typed(e.getClass().getSimpleName(), e.getMessage(), state, n.name(), n.info());
  }

  private static AgentRunException rebuild(ApplicationFailure a) {
    String type = a.getType();
    if (!known(type)) {
      return null;
    }
    RunState state = a.getDetails().getSize() > 0 ? a.getDetails().get(0, RunState.class) : null;
    String name = a.getDetails().getSize() > 1 ? a.getDetails().get(1, String.class) : null;
    String info = a.getDetails().getSize() > 2 ? a.getDetails().get(2, String.class) : null;
    if (state == null) {
      return new AgentRunException(a.getOriginalMessage(), null);
    }
    return typed(type, a.getOriginalMessage(), state, name, info);
  }

  private static AgentRunException typed(String type, String message, RunState state, String name, String info) {
    return switch (type) {
      case "InputGuardrailTripwireException" -> new InputGuardrailTripwireException(name, info, state);
      case "OutputGuardrailTripwireException" -> new OutputGuardrailTripwireException(name, info, state);
      case "MaxTurnsExceededException" -> new MaxTurnsExceededException(state.maxTurns(), state);
      case "ToolFailedException" -> new ToolFailedException(name, info, state);
      case "ModelBehaviorException" -> new ModelBehaviorException(message, state);
      case "AgentCodeException" -> new AgentCodeException(message, state);
      case "PayloadTooLargeException" -> new PayloadTooLargeException(message, state);
      default -> new AgentRunException(message, state);
    };
  }

  private static boolean known(String type) {
    return type != null && switch (type) {
      case "InputGuardrailTripwireException", "OutputGuardrailTripwireException", "MaxTurnsExceededException",
          "ToolFailedException", "ModelBehaviorException", "AgentCodeException", "PayloadTooLargeException",
          "AgentRunException" -> true;
      default -> false;
    };
  }
}
