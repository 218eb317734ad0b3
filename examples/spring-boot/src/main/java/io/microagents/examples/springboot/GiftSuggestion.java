package io.microagents.examples.springboot;

/**
 * What the gift workflow returns.
 *
 * @param gift the product the finder picked
 * @param card the card the writer wrote for it
 */
public record GiftSuggestion(String gift, String card) {}
