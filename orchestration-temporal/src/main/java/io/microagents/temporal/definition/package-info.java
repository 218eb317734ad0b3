/**
 * What shapes a durable run's commands, fixed when the run starts: a {@link
 * io.microagents.temporal.definition.RunDefinition} snapshot of its agents (tools and their
 * flags, handoffs, output, limits, instructions) and of the runtime options (activity
 * policies, human timeout, continue-as-new thresholds). It is recorded in the run's history
 * and carried across continue-as-new, so a deploy that changes an agent never changes what a
 * run in flight replays; a run takes a newer definition only when asked to, at a safe point.
 */
package io.microagents.temporal.definition;
