package io.microagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The model settings of an {@link Agent} class, read into its definition's
 * {@code modelSettings()}; a run's {@code RunOptions.modelSettings} override them where set.
 * An attribute left at its default sends nothing: the provider's default applies.
 * Invalid values fail at startup, naming the class.
 *
 * <pre>{@code
 * @Agent(instructions = "Classify the ticket.")
 * @ModelTuning(temperature = 0.2, maxOutputTokens = 500, toolChoice = "required", parallelToolCalls = false)
 * public class TriageAgent { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelTuning {

  /** Sampling temperature, 0 to 2; NaN (the default) leaves the provider's. */
  double temperature() default Double.NaN;

  /** Nucleus sampling, 0 to 1; NaN (the default) leaves the provider's. */
  double topP() default Double.NaN;

  /** Upper bound on generated tokens; 0 (the default) leaves the provider's, and a negative value is an error. */
  int maxOutputTokens() default 0;

  /**
   * {@code auto}, {@code required}, {@code none}, or the name of one of the agent's tools
   * (handoff tools included) to force it; empty (the default) leaves the provider's.
   */
  String toolChoice() default "";

  /**
   * {@code false} makes the model ask for at most one tool per response; {@code true} (the
   * default) sends nothing, leaving the provider's default (OpenAI's allows several).
   */
  boolean parallelToolCalls() default true;
}
