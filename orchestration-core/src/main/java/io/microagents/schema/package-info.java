/**
 * JSON schemas for tool parameters, handoff inputs and structured outputs, in the strict
 * form OpenAI's structured outputs accept: every object closed
 * ({@code additionalProperties: false}) and every property required, optional values
 * expressed as nullable. Generated with victools jsonschema-generator from Java types.
 */
package io.microagents.schema;
