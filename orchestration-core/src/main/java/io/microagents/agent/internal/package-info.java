/**
 * The machinery behind {@link io.microagents.agent.AgentRegistry}: scanning for
 * {@code @Agent} classes, reading their annotated members into definitions, binding tool
 * arguments, and the startup checks that name the class and member at fault.
 */
package io.microagents.agent.internal;
