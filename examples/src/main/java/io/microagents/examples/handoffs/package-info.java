/**
 * The handoff style: in one agentic loop, a triage agent hands the conversation to a weather
 * agent or a local-info agent, whose instructions and tools the loop then takes on.
 */
package io.microagents.examples.handoffs;
