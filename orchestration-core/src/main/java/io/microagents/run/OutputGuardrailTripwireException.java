package io.microagents.run;

/** An output guardrail tripped on the final output. */
public class OutputGuardrailTripwireException extends GuardrailTripwireException {

  public OutputGuardrailTripwireException(String guardrail, String info, RunState state) {
    super("Output", guardrail, info, state);
  }
}
