package io.microagents.run;

/** A guardrail tripped its wire; the run stopped. */
public class GuardrailTripwireException extends AgentRunException {

  private final String guardrail;
  private final String info;

  protected GuardrailTripwireException(String kind, String guardrail, String info, RunState state) {
    super(kind + " guardrail '" + guardrail + "' tripped" + (info == null ? "" : ": " + info), state);
    this.guardrail = guardrail;
    this.info = info;
  }

  /** The guardrail's name. */
  public String guardrail() {
    return guardrail;
  }

  /** What the guardrail said, or {@code null}. */
  public String info() {
    return info;
  }
}
