/**
 * Running agents: the in-process {@link io.microagents.run.Runner}, per-run
 * {@link io.microagents.run.RunOptions}, the {@link io.microagents.run.RunResult} of a
 * finished run, the resumable {@link io.microagents.run.RunState}, hooks, and the typed
 * exceptions a run can stop with.
 */
package io.microagents.run;
