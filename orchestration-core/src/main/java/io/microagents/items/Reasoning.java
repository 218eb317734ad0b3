package io.microagents.items;

/**
 * A reasoning summary produced by a reasoning model; kept so it can be sent back.
 *
 * @param id the provider's id of the reasoning item, if any
 * @param summary the summary text
 */
public record Reasoning(String id, String summary) implements Item {}
