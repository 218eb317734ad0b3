package io.microagents.examples.research;

/**
 * One hit of a web search.
 *
 * @param title the page's title
 * @param snippet the text around the match, without markup
 * @param url the page's address
 */
public record SearchResult(String title, String snippet, String url) {}
