package io.microagents.examples.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.examples.web.JsonHttpClient;
import io.microagents.examples.web.WebEndpoints;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Web search for the research example through Wikipedia's public search API: free, no key,
 * and good enough to show parallel searches feeding a report.
 */
public final class WikipediaSearch {

  private static final int HITS = 3;

  private final WebEndpoints endpoints;
  private final JsonHttpClient http = new JsonHttpClient();

  /** Searches the Wikipedia at these endpoints. */
  public WikipediaSearch(WebEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  /** The top hits for a query. */
  public List<SearchResult> search(String query) throws IOException, InterruptedException {
    String url = endpoints.wikipedia() + "/w/api.php?action=query&list=search&format=json&srlimit=" + HITS
        + "&srsearch=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    List<SearchResult> results = new ArrayList<>();
    for (JsonNode hit : http.get(url).path("query").path("search")) {
      String title = hit.path("title").asText();
      results.add(new SearchResult(title, hit.path("snippet").asText().replaceAll("<[^>]+>", ""),
          "https://en.wikipedia.org/wiki/" + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8)));
    }
    return results;
  }
}
