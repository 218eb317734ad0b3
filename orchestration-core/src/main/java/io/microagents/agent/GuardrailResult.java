package io.microagents.agent;

/**
 * What a guardrail decided.
 *
 * @param tripwireTriggered true stops the run with a guardrail exception
 * @param info any explanation, kept on the result and the exception
 */
public record GuardrailResult(boolean tripwireTriggered, String info) {

  /** The check passed. */
  public static GuardrailResult pass() {
    return new GuardrailResult(false, null);
  }

  /** The check passed, with an explanation. */
  public static GuardrailResult pass(String info) {
    return new GuardrailResult(false, info);
  }

  /** The check failed: the run stops. */
  public static GuardrailResult trip(String info) {
    return new GuardrailResult(true, info);
  }
}
