package io.microagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of an {@link Agent} class as a tool the model can call. The
 * arguments' JSON schema is generated from the parameters (each named with {@link Param});
 * a {@code RunContext} parameter is passed by the loop and hidden from the model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

  /** The tool's name; defaults to the snake_case of the method name. */
  String name() default "";

  /** What the tool does, for the model. */
  String value() default "";

  /**
   * Run the tool inside the workflow instead of as an activity. Only for tools that are
   * deterministic and do no I/O; ignored in-process.
   */
  boolean inline() default false;

  /**
   * A person must approve each call before it runs: in-process through the runner's
   * {@code HumanHandler}, durably through a workflow update. A rejected call is not run; the
   * model is told why.
   */
  boolean needsApproval() default false;
}
