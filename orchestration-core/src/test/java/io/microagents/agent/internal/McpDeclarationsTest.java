package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Tool;
import org.junit.jupiter.api.Test;

/** {@code @Agent(mcpServers, needsApproval)}: what core reads and checks before MCP tools are attached. */
class McpDeclarationsTest {

  @Agent(mcpServers = {"files", "tickets"}, needsApproval = {"files_delete", "refund"})
  public static class Support {
    @Tool("Refunds an order")
    public String refund() {
      return "ok";
    }
  }

  @Agent(needsApproval = "files_delete")
  public static class NoServers {}

  @Agent(mcpServers = {"files", "files"})
  public static class Twice {}

  @Test
  void serversAreKeptByNameOwnToolsAreMarkedAndTheOtherApprovalsWait() {
    AgentDefinition d = AgentReader.readAll(java.util.List.of(Support.class), io.microagents.agent.AgentFactory.noArg()).get(0);

    assertThat(d.mcpServers()).containsExactly("files", "tickets");
    assertThat(d.tool("refund").needsApproval()).isTrue();
    assertThat(d.needsApproval()).containsExactly("files_delete");
  }

  @Test
  void anApprovalOfNoToolWithoutServersFails() {
    assertThatThrownBy(() -> AgentRegistry.of(NoServers.class))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("needsApproval names 'files_delete', which is not one of its tools");
  }

  @Test
  void aServerNamedTwiceFails() {
    assertThatThrownBy(() -> AgentRegistry.of(Twice.class))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("mcpServers has 'files' twice");
  }

  @Test
  void aRegistryStillWaitingForMcpToolsSaysSoWhenChecked() {
    assertThatThrownBy(() -> AgentRegistry.of(Support.class).checkMcpToolsAttached())
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("Agent 'Support' uses the MCP servers [files, tickets], whose tools are not attached");
  }
}
