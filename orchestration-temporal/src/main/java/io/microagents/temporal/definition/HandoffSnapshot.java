package io.microagents.temporal.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.microagents.model.ToolSpec;

/**
 * One handoff as a run saw it when it started. Its input filter and callback are code: the
 * ones deployed run (a filter that is gone keeps the whole conversation).
 *
 * @param spec the tool the model calls to hand off
 * @param targetAgent the agent that takes over
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandoffSnapshot(ToolSpec spec, String targetAgent) {}
