package io.microagents.examples.springboot;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import java.util.List;
import org.springframework.stereotype.Component;

/** Finds a gift in the catalog: an agent that is a Spring bean, its catalog injected. */
@Agent(name = "gift_finder", instructions = """
    You help people choose a gift from our shop. Search the catalog with search_catalog for the \
    person's interests, then answer with exactly one product name from the results and nothing else.""")
@Component
public class GiftFinderAgent {

  private final Catalog catalog;

  /** Spring injects the catalog. */
  public GiftFinderAgent(Catalog catalog) {
    this.catalog = catalog;
  }

  @Tool("Searches the shop's catalog; returns matching products, cheapest first")
  public List<Catalog.Product> searchCatalog(@Param(name = "query", value = "Interests or product words") String query) {
    return catalog.search(query);
  }
}
