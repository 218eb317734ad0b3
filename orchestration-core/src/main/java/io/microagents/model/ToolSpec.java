package io.microagents.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A function the model may call, as offered to the model.
 *
 * @param name the function's name
 * @param description what it does, for the model
 * @param parameters JSON schema of its arguments object
 * @param strict whether the schema is strict (OpenAI structured outputs)
 */
public record ToolSpec(String name, String description, JsonNode parameters, boolean strict) {}
