package io.microagents.benchmarks;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/**
 * The agent of the side-by-side benchmark, the same as its Python and TypeScript peers: one
 * tool returning {@code peer.kb} kilobytes (system property, default 1).
 */
@Agent(name = "peer", instructions = "Look up values until you have enough, then answer.", maxTurns = 1_000_000)
public class PeerAgent {

  private static final int KB = Integer.getInteger("peer.kb", 1);

  @Tool("Looks up a value")
  public String lookup(@Param(name = "n", value = "which value") int n) {
    return "b".repeat(KB * 1000);
  }
}
