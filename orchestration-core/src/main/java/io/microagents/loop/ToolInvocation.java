package io.microagents.loop;

import io.microagents.agent.ToolDefinition;
import io.microagents.items.ToolCall;
import io.microagents.run.RunContext;

/**
 * One tool call to run, with the tool it resolved to.
 *
 * @param call the model's call
 * @param tool the tool
 * @param context the run context at the time of the call
 */
public record ToolInvocation(ToolCall call, ToolDefinition tool, RunContext context) {}
