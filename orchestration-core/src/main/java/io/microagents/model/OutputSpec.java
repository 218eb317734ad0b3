package io.microagents.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The structured output the model must produce instead of free text.
 *
 * @param name a name for the schema (the output type's simple name)
 * @param schema the JSON schema of the output
 * @param strict whether the schema is strict (OpenAI structured outputs)
 */
public record OutputSpec(String name, JsonNode schema, boolean strict) {}
