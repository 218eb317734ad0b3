package io.microagents.benchmarks;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/** The agent of the long-run benchmarks: its one tool returns a blob of a given size. */
@Agent(name = "blobs", instructions = "Fetch blobs until you have enough, then answer.", maxTurns = 1_000_000)
public class BlobBenchAgent {

  @Tool("Returns a blob of the given size in kilobytes")
  public String blob(@Param(name = "kb") int kb) {
    return "b".repeat(kb * 1000);
  }
}
