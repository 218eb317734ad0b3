/**
 * Durable agents on Temporal. The core agent loop runs unchanged inside a workflow
 * ({@link io.microagents.temporal.AgentWorkflow}); every model call is a
 * {@link io.microagents.temporal.ModelActivity}, every function tool an activity named after
 * the tool, every agent used as a tool a child workflow; handoffs switch agents in workflow
 * code. A run can wait for a person (updates, {@link io.microagents.temporal.HumanInTheLoop})
 * and be queried at any time.
 *
 * <p>Two orchestration styles share one agent model: handoffs inside one loop, and plain
 * Java in your own workflow with {@link io.microagents.temporal.Agents#run} /
 * {@link io.microagents.temporal.Agents#runAsync} (child workflows, fan-out with
 * {@code Promise.allOf}). Long conversations are entity workflows
 * ({@link io.microagents.temporal.ConversationWorkflow}) that continue as new.
 *
 * <p>Set up a worker with {@link io.microagents.temporal.MicroagentsWorker}, talk to it with
 * {@link io.microagents.temporal.AgentClient}, or get both, with an in-process server by
 * default, from {@link io.microagents.temporal.MicroagentsEnvironment}. Timeouts and
 * retries: {@link io.microagents.temporal.MicroagentsOptions} and
 * {@link io.microagents.temporal.ActivityPolicy}.
 */
package io.microagents.temporal;
