package io.microagents.agent;

import io.microagents.run.RunContext;

/**
 * The check behind a guardrail. For input guardrails {@code input} is the run's input
 * items; for output guardrails it is the final output (a String or the output type).
 */
@FunctionalInterface
public interface GuardrailFunction {

  GuardrailResult check(Object input, RunContext context) throws Exception;
}
