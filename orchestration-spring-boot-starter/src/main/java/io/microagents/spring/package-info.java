/**
 * Durable agents in a Spring Boot application. Add {@code orchestration-spring-boot-starter}:
 * on top of Temporal's own Spring Boot starter (its client, its workers from
 * {@code spring.temporal.*}), the {@code @Agent} classes of {@code microagents.agents.packages}
 * and the {@code @Agent} beans become an {@code AgentRegistry} whose agents are made by the
 * Spring context (so their dependencies are injected); the agent workflows and the model and
 * tool activities go on the worker of {@code microagents.task-queue} before the worker factory
 * starts; an {@code AgentClient}, a {@code ModelProvider} (OpenAI, from
 * {@code microagents.openai.*}) and {@code MicroagentsOptions} (per-agent timeouts and attempts
 * from {@code microagents.agents.<name>.*}) are beans, each replaced by one of your own.
 * Without {@code spring.temporal.connection.target} it runs on an embedded test server. See
 * {@code docs/spring-boot.md}.
 */
package io.microagents.spring;
