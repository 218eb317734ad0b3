package io.microagents.run;

/** An input guardrail tripped: the starting agent's answer is not given. */
public class InputGuardrailTripwireException extends GuardrailTripwireException {

  public InputGuardrailTripwireException(String guardrail, String info, RunState state) {
    super("Input", guardrail, info, state);
  }
}
