package io.microagents.spring.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A Spring service an agent's tool needs: it records who asked, so a test sees the injected instance was used. */
@Service
public class Directory {

  private static final Map<String, String> DESKS = Map.of("ada", "4th floor, desk 12", "alan", "2nd floor, desk 3");
  private final List<String> lookups = new ArrayList<>();

  /** Where a person sits. */
  public synchronized String deskOf(String person) {
    lookups.add(person);
    return DESKS.getOrDefault(person.toLowerCase(), "unknown");
  }

  /** Everyone looked up, in order. */
  public synchronized List<String> lookups() {
    return List.copyOf(lookups);
  }
}
