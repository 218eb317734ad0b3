package io.microagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method that checks a run's input before the starting agent answers. It
 * takes the input as a {@code String} (the text of the user messages) or a
 * {@code List<Item>}, optionally followed by a {@code RunContext}, and returns a
 * {@code GuardrailResult}; a tripped wire stops the run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InputGuardrail {

  /** The guardrail's name; defaults to the method name. */
  String name() default "";
}
