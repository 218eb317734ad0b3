package io.microagents.temporal;

import io.microagents.run.RunState;
import io.microagents.temporal.definition.RunDefinition;

/**
 * What a durable run carries into the next run of its workflow when it continues as new:
 * its state with the conversation once, and the counters that must not start again.
 * Built by the runtime; nothing here repeats what the previous runs' histories hold.
 *
 * @param state the run's state: the conversation the model sees next, the current agent,
 *     turns and usage; its {@code input}, {@code newItems} and {@code rawResponses} are empty
 *     (they are in the previous runs' histories)
 * @param recorded how many leading items of the conversation the previous run's history
 *     already holds as model input; the next model call refers to them instead of recording
 *     them again
 * @param items items generated before this run (for an agent run) or the transcript's length
 *     (for a conversation)
 * @param questions questions asked before, so question ids never repeat
 * @param runs workflow runs before this one
 * @param messages messages a conversation answered before this run; 0 for an agent run
 * @param definition the definition the run goes on with: the one it started with, unless it
 *     was asked to take a newer one
 */
public record Continuation(
    RunState state, int recorded, int items, int questions, int runs, int messages, RunDefinition definition) {}
