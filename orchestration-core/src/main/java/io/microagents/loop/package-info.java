/**
 * The deterministic agentic loop and the one interface through which it touches the world,
 * {@link io.microagents.loop.AgentEffects}. Runtimes (in-process, Temporal) implement the
 * effects; the loop is written once.
 */
package io.microagents.loop;
