package io.microagents.temporal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.temporal.CanonicalDataConverter;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.definition.RunDefinition;
import org.junit.jupiter.api.Test;

/**
 * The worker's warm-up goes through: every value it sends through the data converter comes
 * back (it fails silently otherwise — only a missed head start — and only this test would tell).
 */
class WorkerWarmUpTest {

  @Agent(name = "warm", instructions = "Look things up.")
  public static class LookupAgent {
    @Tool("Looks up a value")
    public String lookup(@Param(name = "n", value = "which value") int n) {
      return "v" + n;
    }
  }

  @Test
  void everyValueGoesThroughTheConverter() {
    MicroagentsRuntime runtime = new MicroagentsRuntime(AgentRegistry.of(LookupAgent.class), null,
        MicroagentsOptions.DEFAULTS);

    assertThat(WorkerWarmUp.values(runtime)).hasAtLeastOneElementOfType(RunDefinition.class);
    assertThat(WorkerWarmUp.run(runtime, CanonicalDataConverter.get())).isTrue();
  }

  @Test
  void aRegistryWithoutAgentsStillWarmsTheRest() {
    MicroagentsRuntime runtime = new MicroagentsRuntime(AgentRegistry.builder().build(), null, null);

    assertThat(WorkerWarmUp.values(runtime)).noneMatch(RunDefinition.class::isInstance).hasSize(4);
    assertThat(WorkerWarmUp.run(runtime, CanonicalDataConverter.get())).isTrue();
  }
}
