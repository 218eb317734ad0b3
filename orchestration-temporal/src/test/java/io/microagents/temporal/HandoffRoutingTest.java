package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.HandoffDefinition;
import io.microagents.json.Json;
import io.microagents.model.ToolSpec;
import io.microagents.run.MaxTurnsExceededException;
import io.microagents.run.RunResult;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Handoffs built by hand in a loop each route to their agent; a run out of turns fails typed. */
class HandoffRoutingTest {

  private static final List<String> LANGUAGES = List.of("spanish", "french", "german", "italian");

  private static AgentRegistry registry() {
    AgentRegistry.Builder registry = AgentRegistry.builder();
    AgentDefinition.Builder router = AgentDefinition.builder("router").instructions("Route by language.");
    for (String language : LANGUAGES) {
      registry.register(AgentDefinition.builder(language + "_agent").instructions("Answer in " + language + ".").build());
      router.handoff(new HandoffDefinition(new ToolSpec("transfer_to_" + language + "_agent", "Speaks " + language,
          Json.parse("{\"type\":\"object\",\"properties\":{}}"), false), language + "_agent", null, null));
    }
    return registry.register(router.build()).build();
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void eachHandoffReachesItsAgent() {
    ScriptedModel model = new ScriptedModel();
    for (String language : LANGUAGES) {
      model.thenHandoff(language + "_agent").thenMessage("answer in " + language);
    }
    AgentClient client = temporal.start(registry(), model);

    for (String language : LANGUAGES) {
      RunResult result = client.run("router", "Hello");
      assertThat(result.lastAgent()).isEqualTo(language + "_agent");
      assertThat(result.finalOutputText()).isEqualTo("answer in " + language);
    }
    assertThat(model.requests().get(1).instructions()).isEqualTo("Answer in spanish.");
    model.assertAllConsumed();
  }

  @Test
  void runningOutOfTurnsFailsWithTheTypedException() {
    ScriptedModel model = new ScriptedModel();
    AgentClient client = temporal.start(registry(), model);
    model.thenHandoff("spanish_agent");
    String id = client.start("router", List.of(io.microagents.items.Message.user("Hola")),
        io.microagents.run.RunOptions.builder().maxTurns(1).build(), temporal.workflowId("out-of-turns"));

    MaxTurnsExceededException e = catchThrowableOfType(() -> client.result(id), MaxTurnsExceededException.class);

    assertThat(e.state().currentAgent()).isEqualTo("spanish_agent");
    assertThat(e.getMessage()).contains("Max turns (1)");
    temporal.replay(id);
  }
}
