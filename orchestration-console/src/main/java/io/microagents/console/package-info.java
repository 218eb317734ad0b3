/**
 * A web console for durable agent runs: the runs a Temporal namespace holds, one run's tree
 * with its model's text streaming in live, and an inbox of every question and approval that
 * waits for a person, answered from the page through the same validated updates as
 * {@link io.microagents.temporal.AgentClient}.
 *
 * <p>{@link io.microagents.console.MicroagentsConsole} is the piece to mount in a service of
 * your own (or run beside one): the JDK's HTTP server, server-rendered HTML, a little
 * JavaScript from the jar (server-sent events for the live parts), nothing from a CDN. It
 * binds the loopback address unless told otherwise and can require an access token.
 * Workflows of your own that ask people questions join the inbox through
 * {@link io.microagents.console.WorkflowQuestions}; {@link io.microagents.console.RunLauncher}
 * puts a "start" form on the runs page.
 */
package io.microagents.console;
