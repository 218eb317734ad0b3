package io.microagents.examples.research;

import java.util.List;

/**
 * The planner's structured output: the searches to run, in parallel.
 *
 * @param searches the searches
 */
public record SearchPlan(List<SearchItem> searches) {}
