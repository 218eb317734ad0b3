package io.microagents.examples.research;

/**
 * One planned search.
 *
 * @param query the search terms
 * @param reason why this search helps answer the request
 */
public record SearchItem(String query, String reason) {}
