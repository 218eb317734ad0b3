package io.microagents.examples.research;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.examples.web.WebEndpoints;
import java.util.List;

/** Runs one search and summarises what it found; many run at once, one per planned search. */
@Agent(
    name = "searcher",
    instructions = """
        You are a research assistant. Search for the given term with search_web and write a \
        concise summary (under 120 words) of what the results say, for someone writing a report.""")
public class SearchAgent {

  private final WikipediaSearch search;

  /** Searches at these endpoints. */
  public SearchAgent(WebEndpoints endpoints) {
    this.search = new WikipediaSearch(endpoints);
  }

  @Tool("Searches the web (Wikipedia) and returns the top results: title, snippet, url")
  public List<SearchResult> searchWeb(@Param(name = "query", value = "The search terms") String query)
      throws Exception {
    return search.search(query);
  }
}
