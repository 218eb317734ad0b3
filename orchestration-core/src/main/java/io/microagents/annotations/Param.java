package io.microagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and describes a tool parameter. The name is needed because Java drops parameter
 * names unless compiled with {@code -parameters}; with that flag it may be left empty.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {

  /** The parameter's name in the JSON arguments. */
  String name() default "";

  /** What the parameter means, for the model. */
  String value() default "";
}
