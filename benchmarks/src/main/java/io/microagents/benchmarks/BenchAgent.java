package io.microagents.benchmarks;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/** The agent every benchmark runs: one cheap tool, called once per turn until the model stops. */
@Agent(name = "bench", instructions = "Look up values until you have enough, then answer.")
public class BenchAgent {

  @Tool("Looks up a value")
  public String lookup(@Param(name = "n", value = "which value") int n) {
    return "value " + n;
  }
}
