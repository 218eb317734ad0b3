package io.microagents.run;

/**
 * The model produced something the run cannot use: invalid structured output, a refusal
 * where structured output was required, or (with {@link ErrorPolicy#FAIL_RUN}) an unknown
 * tool or invalid tool arguments.
 */
public class ModelBehaviorException extends AgentRunException {

  public ModelBehaviorException(String message, RunState state) {
    super(message, state);
  }

  public ModelBehaviorException(String message, RunState state, Throwable cause) {
    super(message, state, cause);
  }
}
