/**
 * Agent definitions: the immutable, validated form of {@code @Agent} classes (tools,
 * handoffs, guardrails, output types) and the {@link io.microagents.agent.AgentRegistry}
 * that discovers, builds and checks them at startup.
 */
package io.microagents.agent;
