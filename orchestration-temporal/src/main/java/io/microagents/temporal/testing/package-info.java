/**
 * Testing durable agents: a JUnit 5 extension that gives each test a Temporal environment
 * (in-memory, or a real server when {@code TEMPORAL_ADDRESS} is set), replays recorded
 * histories to guard determinism, and reads activities and child workflows from history.
 */
package io.microagents.temporal.testing;
