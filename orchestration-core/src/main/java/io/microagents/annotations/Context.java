package io.microagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Receives the run's context object ({@code RunOptions.context}) as the parameter's own type,
 * in a {@code @Tool}, {@code @OnHandoff} or {@code @Instructions} method; hidden from the
 * model. In-process the parameter gets the very object given; in a durable run, where the
 * context crossed a workflow boundary as JSON, it gets that JSON converted to its type.
 *
 * <pre>{@code
 * @Tool("Refunds the customer's last order")
 * public String refund(@Param(name = "amount") BigDecimal amount, @Context Customer customer) { ... }
 * }</pre>
 *
 * <p>Changes made in a handoff callback or instructions method are kept for the rest of the
 * run (they run in workflow code). A durable tool runs as an activity on a copy: what it
 * changes is not seen by later steps; return it to the model instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Context {}
