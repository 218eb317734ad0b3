package io.microagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method that checks an agent's final output. It takes the output (its
 * declared output type, or {@code String}), optionally followed by a {@code RunContext},
 * and returns a {@code GuardrailResult}; a tripped wire fails the run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OutputGuardrail {

  /** The guardrail's name; defaults to the method name. */
  String name() default "";
}
