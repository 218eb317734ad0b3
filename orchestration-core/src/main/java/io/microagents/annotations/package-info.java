/**
 * The annotations that declare agents: {@link io.microagents.annotations.Agent} on a class,
 * {@link io.microagents.annotations.Tool} on its methods, {@link io.microagents.annotations.Param}
 * on tool parameters, plus dynamic instructions, guardrails and handoff callbacks.
 */
package io.microagents.annotations;
