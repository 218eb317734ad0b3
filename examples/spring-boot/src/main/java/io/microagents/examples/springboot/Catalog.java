package io.microagents.examples.springboot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The shop's catalog: a plain Spring service that both agents get injected. It counts its
 * look-ups, so a test can see the agents' tools used this very bean.
 */
@Service
public class Catalog {

  /**
   * One product.
   *
   * @param name what it is called
   * @param price its price in euros
   * @param description one line about it
   * @param tags words it is found by
   */
  public record Product(String name, int price, String description, List<String> tags) {}

  private static final List<Product> PRODUCTS = List.of(
      new Product("Trail running shoes", 120, "light shoes with a grippy sole for muddy paths", List.of("run", "outdoor", "sport")),
      new Product("Pour-over coffee set", 45, "a glass dripper, filters and a kettle with a slim spout", List.of("coffee", "kitchen")),
      new Product("Star atlas", 30, "a hardback map of the night sky for the naked eye", List.of("books", "astronomy", "outdoor")),
      new Product("Chess clock", 35, "a wooden clock with two faces for timed games", List.of("games", "chess")));

  private final List<String> lookups = new ArrayList<>();

  /** The products one of whose tags or words appears in the query, cheapest first. */
  public synchronized List<Product> search(String query) {
    lookups.add(query);
    String q = query.toLowerCase(Locale.ROOT);
    return PRODUCTS.stream()
        .filter(p -> p.tags().stream().anyMatch(q::contains) || q.contains(p.name().toLowerCase(Locale.ROOT)))
        .sorted((a, b) -> Integer.compare(a.price(), b.price()))
        .toList();
  }

  /** The product of this name, or {@code null}. */
  public synchronized Product product(String name) {
    lookups.add(name);
    return PRODUCTS.stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst().orElse(null);
  }

  /** Every query and name looked up, in order. */
  public synchronized List<String> lookups() {
    return List.copyOf(lookups);
  }
}
