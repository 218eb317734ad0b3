package io.microagents.annotations;

import io.microagents.agent.HandoffInputFilter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Customises one handoff of an agent, and is called when the model takes it. The method
 * (public, returning void) takes nothing, a {@code RunContext}, a typed input that the
 * model fills in (its schema is offered with the handoff tool), or both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnHandoff {

  /** The target agent class; must be listed in {@link Agent#handoffs()}. */
  Class<?> value();

  /** Rewrites the conversation the target agent sees; the default keeps all of it. */
  Class<? extends HandoffInputFilter> inputFilter() default HandoffInputFilter.KeepAll.class;

  /** The handoff tool's name; defaults to {@code transfer_to_<snake_name>}. */
  String toolName() default "";

  /** The handoff tool's description; defaults to the target's handoff description. */
  String description() default "";
}
