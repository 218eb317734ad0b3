/**
 * OpenTelemetry tracing for durable agents. A client span for each run started, a span for
 * each run ({@code invoke_agent <agent>}, child agent runs under their parent's), and under
 * it a span per model call attempt ({@code chat <model>}, GenAI semantic conventions) and per
 * tool call attempt ({@code execute_tool <tool>}); a handoff shows as the next model call's
 * {@code gen_ai.agent.name}. The span context travels in Temporal headers, so one trace spans
 * every worker. Workflow code is replayed: a run's span is made once, when the run ends on a
 * worker that is not replaying, with an id derived from the run, so spans made earlier on any
 * worker already name it as their parent.
 */
package io.microagents.opentelemetry;
