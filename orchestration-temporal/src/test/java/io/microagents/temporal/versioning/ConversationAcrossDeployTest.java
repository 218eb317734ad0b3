package io.microagents.temporal.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A conversation across a deploy and its continue-as-new: it keeps the definition it started
 * with through both, and takes the new one at the next message once asked to.
 */
class ConversationAcrossDeployTest {

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aConversationKeepsItsDefinitionAcrossADeployAndContinueAsNewUntilItOptsIn() throws Exception {
    ScriptedModel model = new ScriptedModel().thenMessage("one").thenMessage("two").thenMessage("three")
        .thenMessage("four");
    AgentRegistry v2 = Bookers.registry(AgentDefinition.builder("booker").instructions("v2").maxTurns(10)
        .tool(Bookers.tool("find")).tool(ToolDefinition.askHuman()));
    try (Deploys deploys = new Deploys(temporal, "deploys")) {
      AgentClient first = deploys.deploy(Bookers.registry(Bookers.v1()), model, MicroagentsOptions.DEFAULTS);
      String id = first.startConversation(new ConversationInput("booker", null, null, 1), temporal.workflowId("chat"));
      assertThat(first.send(id, "hello")).isEqualTo("one");
      String before = first.definition(id).fingerprint();

      AgentClient second = deploys.deploy(v2, model, MicroagentsOptions.DEFAULTS);
      assertThat(second.send(id, "again")).isEqualTo("two"); // after a continue-as-new, on the new build
      assertThat(second.definition(id).fingerprint()).isEqualTo(before);
      assertThat(second.upgradeDefinition(id)).contains("next message");
      assertThat(second.send(id, "and again")).isEqualTo("three");
      assertThat(second.send(id, "last")).isEqualTo("four");

      assertThat(model.requests()).extracting(ModelRequest::instructions).containsExactly("v1", "v1", "v2", "v2");
      assertThat(model.requests().get(1).tools()).extracting(t -> t.name()).containsExactly("lookup", "book", "ask_human");
      assertThat(model.requests().get(2).tools()).extracting(t -> t.name()).containsExactly("find", "ask_human");
      assertThat(second.definition(id).fingerprint()).isNotEqualTo(before);
      assertThat(second.transcript(id)).hasSize(8);
      second.endConversation(id);
      deploys.replay(id);
    }
  }
}
