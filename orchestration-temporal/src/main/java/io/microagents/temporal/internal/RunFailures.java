package io.microagents.temporal.internal;

import io.microagents.run.AgentCodeException;
import io.microagents.run.AgentRunException;
import io.microagents.run.GuardrailTripwireException;
import io.microagents.run.InputGuardrailTripwireException;
import io.microagents.run.MaxTurnsExceededException;
import io.microagents.run.ModelBehaviorException;
import io.microagents.run.OutputGuardrailTripwireException;
import io.microagents.run.RunState;
import io.microagents.run.ToolFailedException;
import io.temporal.failure.ApplicationFailure;

/**
 * Turns a run that stopped early into a workflow failure and back. The failure's type is the
 * exception's simple name; its details are the {@link RunState}, then the guardrail (or tool)
 * name and info, so a client can rebuild the typed exception.
 */
public final class RunFailures {

  private RunFailures() {}

  /** A non-retryable failure that fails the workflow (or the update) with the run's state. */
  public static ApplicationFailure toFailure(AgentRunException e) {
    String name = null;
    String info = null;
    if (e instanceof GuardrailTripwireException g) {
      name = g.guardrail();
      info = g.info();
    } else if (e instanceof ToolFailedException t) {
      name = t.tool();
      String prefix = "Tool '" + t.tool() + "' failed: ";
      info = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }
    return ApplicationFailure.newNonRetryableFailure(e.getMessage(), e.getClass().getSimpleName(), e.state(), name, info);
  }

  /** The typed exception a failure stands for, or {@code null} when it is not one of ours. */
  public static AgentRunException fromFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure a) {
        AgentRunException e = rebuild(a);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  private static AgentRunException rebuild(ApplicationFailure a) {
    String type = a.getType();
    if (!known(type)) {
      return null;
    }
    RunState state = a.getDetails().getSize() > 0 ? a.getDetails().get(0, RunState.class) : null;
    String name = a.getDetails().getSize() > 1 ? a.getDetails().get(1, String.class) : null;
    String info = a.getDetails().getSize() > 2 ? a.getDetails().get(2, String.class) : null;
    String message = a.getOriginalMessage();
    if (state == null) {
      return new AgentRunException(message, null);
    }
    return switch (type) {
      case "InputGuardrailTripwireException" -> new InputGuardrailTripwireException(name, info, state);
      case "OutputGuardrailTripwireException" -> new OutputGuardrailTripwireException(name, info, state);
      case "MaxTurnsExceededException" -> new MaxTurnsExceededException(state.maxTurns(), state);
      case "ToolFailedException" -> new ToolFailedException(name, info, state);
      case "ModelBehaviorException" -> new ModelBehaviorException(message, state);
      case "AgentCodeException" -> new AgentCodeException(message, state);
      default -> new AgentRunException(message, state);
    };
  }

  private static boolean known(String type) {
    return type != null && switch (type) {
      case "InputGuardrailTripwireException", "OutputGuardrailTripwireException", "MaxTurnsExceededException",
          "ToolFailedException", "ModelBehaviorException", "AgentCodeException", "AgentRunException" -> true;
      default -> false;
    };
  }
}
