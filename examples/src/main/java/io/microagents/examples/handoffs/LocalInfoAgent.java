package io.microagents.examples.handoffs;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/** Answers questions about local businesses, such as "How late is Costco open?". */
@Agent(
    name = "local_info",
    handoffDescription = "Answers questions about local businesses: stores, opening hours",
    instructions = """
        You answer questions about local businesses. Use get_store_hours to look up opening \
        hours and answer in one or two sentences.""")
public class LocalInfoAgent {

  @Tool("Returns the opening hours of a store, by name")
  public String getStoreHours(@Param(name = "store", value = "The store's name, e.g. Costco") String store) {
    return StoreHours.hoursOf(store);
  }
}
