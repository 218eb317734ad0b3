/**
 * Conversation items: messages, tool calls, handoff calls, tool outputs and reasoning.
 *
 * <p>These records are the project's own wire format. They are what the agent loop keeps,
 * what a model adapter maps to and from a provider's API, and what Temporal stores in
 * history.
 */
package io.microagents.items;
