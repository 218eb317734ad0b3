package io.microagents.examples.handoffs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Opening hours of a few US stores: the local-info agent's data, kept in code so the
 * example needs no service (the hours are typical, not authoritative).
 */
public final class StoreHours {

  private static final Map<String, String> HOURS = new LinkedHashMap<>();

  static {
    HOURS.put("Costco", "Mon-Fri 10:00-20:30, Sat 09:30-18:00, Sun 10:00-18:00");
    HOURS.put("Target", "Mon-Sun 08:00-22:00");
    HOURS.put("Walmart", "Mon-Sun 06:00-23:00");
    HOURS.put("Trader Joe's", "Mon-Sun 08:00-21:00");
    HOURS.put("Home Depot", "Mon-Sat 06:00-22:00, Sun 08:00-20:00");
  }

  private StoreHours() {}

  /** The store named in a text (any case), or {@code null}. */
  public static String findStore(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace("’", "'");
    for (String store : HOURS.keySet()) {
      if (t.contains(store.toLowerCase(Locale.ROOT)) || t.contains(store.toLowerCase(Locale.ROOT).replace("'", ""))) {
        return store;
      }
    }
    return null;
  }

  /** The hours of a store, e.g. "Costco: Mon-Fri 10:00-20:30, …", or what stores are known. */
  public static String hoursOf(String store) {
    String known = findStore(store);
    if (known == null) {
      return "No opening hours known for '" + store + "'. Known stores: " + String.join(", ", HOURS.keySet());
    }
    return known + ": " + HOURS.get(known);
  }
}
