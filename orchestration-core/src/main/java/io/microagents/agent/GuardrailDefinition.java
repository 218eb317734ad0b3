package io.microagents.agent;

import java.util.Objects;

/**
 * A named input or output check.
 *
 * @param name the guardrail's name, reported when it trips
 * @param function the check
 */
public record GuardrailDefinition(String name, GuardrailFunction function) {

  public GuardrailDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(function, "function");
  }
}
