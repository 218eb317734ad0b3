package io.microagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method that computes an agent's instructions for each model call. It
 * returns a String and takes nothing or a {@code RunContext}. Run durably, it runs in
 * workflow code, so it must be deterministic (no clock, randomness or I/O).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Instructions {}
