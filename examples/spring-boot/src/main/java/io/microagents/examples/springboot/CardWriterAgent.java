package io.microagents.examples.springboot;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.agent.ToolException;
import org.springframework.stereotype.Component;

/** Writes the gift card: a second agent bean with the same injected catalog. */
@Agent(name = "card_writer", instructions = """
    You write a two-sentence gift card for a product of our shop. Look the product up with \
    product_details first, and mention what makes it a good gift.""")
@Component
public class CardWriterAgent {

  private final Catalog catalog;

  /** Spring injects the catalog. */
  public CardWriterAgent(Catalog catalog) {
    this.catalog = catalog;
  }

  @Tool("The details of one product of the shop")
  public Catalog.Product productDetails(@Param(name = "name", value = "The product's exact name") String name) {
    Catalog.Product product = catalog.product(name);
    if (product == null) {
      throw new ToolException("No product is named '" + name + "'");
    }
    return product;
  }
}
