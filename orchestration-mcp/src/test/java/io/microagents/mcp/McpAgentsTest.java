package io.microagents.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.run.Runner;
import io.microagents.testing.ScriptedModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a worker checks when it attaches MCP tools: names, filters, servers, approvals; and an in-process run. */
class McpAgentsTest {

  @Agent(name = "Calculator", mcpServers = "notes")
  public static class Calculator {
    @Tool("Adds two numbers, the agent's own way")
    public int add(@Param(name = "a") int a, @Param(name = "b") int b) {
      return a + b;
    }
  }

  @Agent(name = "Lost", mcpServers = "nowhere")
  public static class Lost {}

  @Agent(name = "Approver", mcpServers = "notes", needsApproval = "delete_everything")
  public static class Approver {}

  @Agent(name = "Reader", mcpServers = "notes")
  public static class Reader {}

  @Agent(name = "Stopper", mcpServers = "notes", toolUseBehavior = io.microagents.agent.ToolUseBehavior.STOP_AT_TOOLS,
      stopAtTools = "read_note")
  public static class Stopper {}

  @Agent(name = "BadStopper", mcpServers = "notes", toolUseBehavior = io.microagents.agent.ToolUseBehavior.STOP_AT_TOOLS,
      stopAtTools = "read_notes")
  public static class BadStopper {}

  @Agent(name = "Chooser", mcpServers = "notes")
  @io.microagents.annotations.ModelTuning(toolChoice = "read_note")
  public static class Chooser {}

  @Agent(name = "BadChooser", mcpServers = "notes")
  @io.microagents.annotations.ModelTuning(toolChoice = "read_notes")
  public static class BadChooser {}

  private static McpServers notes(McpServer.Builder b) {
    return McpServers.of(b.requestTimeout(Duration.ofSeconds(20)).build());
  }

  @Test
  void aServerToolNamedLikeTheAgentsOwnFailsAtStartupNamingBoth() {
    assertThatThrownBy(() -> McpAgents.connect(AgentRegistry.of(Calculator.class), notes(StdioNotesServer.config("notes"))))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("Agent 'Calculator' has two tools named 'add'")
        .hasMessageContaining("method Calculator.add")
        .hasMessageContaining("MCP tool 'add' of server 'notes'");
  }

  @Test
  void aPrefixKeepsThemApartAndTheFiltersChooseTheTools() {
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(Calculator.class),
        notes(StdioNotesServer.config("notes").prefix("notes_").allow("add", "read_note", "crash").deny("crash")))) {
      AgentDefinition calc = mcp.registry().agent("Calculator");
      assertThat(calc.tools()).extracting(ToolDefinition::name).containsExactly("add", "notes_add", "notes_read_note");
      assertThat(calc.mcpServers()).isEmpty();
      assertThat(mcp.servers()).containsExactly("notes");
    }
  }

  @Test
  void aServerTheWorkerDoesNotConfigureFailsAtStartup() {
    assertThatThrownBy(() -> McpAgents.connect(AgentRegistry.of(Lost.class), notes(StdioNotesServer.config("notes"))))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("Agent 'Lost' uses the MCP server 'nowhere', which this worker does not configure; configured: [notes]");
  }

  @Test
  void anApprovalOfAToolNoServerHasFailsAtStartup() {
    assertThatThrownBy(() -> McpAgents.connect(AgentRegistry.of(Approver.class), notes(StdioNotesServer.config("notes"))))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("Agent 'Approver': needsApproval names 'delete_everything', which is none of its tools");
  }

  @Test
  void stopAtToolsMayNameAnMcpToolWhichMustExistOnceAttached() {
    ScriptedModel model = new ScriptedModel().thenToolCall("read_note", "{\"name\":\"todo\"}");
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(Stopper.class), notes(StdioNotesServer.config("notes")))) {
      var result = Runner.builder().registry(mcp.registry()).models(model).build().run(Stopper.class, "todo?");
      assertThat(result.finalOutputText()).isEqualTo("buy milk; call Ada");
    }
    assertThatThrownBy(() -> McpAgents.connect(AgentRegistry.of(BadStopper.class), notes(StdioNotesServer.config("notes"))))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("Agent 'BadStopper': stopAtTools names 'read_notes', which is none of its tools");
  }

  @Test
  void aToolChoiceMayNameAnMcpToolWhichMustExistOnceAttached() {
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(Chooser.class), notes(StdioNotesServer.config("notes")))) {
      assertThat(mcp.registry().agent("Chooser").modelSettings().toolChoice()).isEqualTo("read_note");
    }
    assertThatThrownBy(() -> McpAgents.connect(AgentRegistry.of(BadChooser.class), notes(StdioNotesServer.config("notes"))))
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("Agent 'BadChooser': @ModelTuning toolChoice 'read_notes' is neither auto, required, none nor one of its tools");
  }

  @Test
  void aRegistryWithoutItsMcpToolsAttachedIsRefused() {
    assertThatThrownBy(() -> Runner.builder().registry(AgentRegistry.of(Reader.class)).models(new ScriptedModel()).build())
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining("Agent 'Reader' uses the MCP servers [notes], whose tools are not attached");
  }

  @Test
  void aServerThatCannotStartFailsAtStartupWithoutItsSecrets() {
    McpServers servers = McpServers.of(McpServer.stdio("notes", "/no/such/command-xyz").env("API_KEY", "sk-very-secret-123")
        .requestTimeout(Duration.ofSeconds(5)).build());
    assertThatThrownBy(() -> McpAgents.connect(AgentRegistry.of(Reader.class), servers))
        .isInstanceOf(McpException.class)
        .hasMessageContaining("MCP server 'notes'")
        .hasMessageNotContaining("sk-very-secret-123");
    assertThat(servers.server("notes").toString()).doesNotContain("sk-very-secret-123");
  }

  @Test
  void inProcessTheToolsRunToo() {
    ScriptedModel model = new ScriptedModel().thenToolCall("read_note", "{\"name\":\"ideas\"}").thenMessage("done");
    try (McpAgents mcp = McpAgents.connect(AgentRegistry.of(Reader.class), notes(StdioNotesServer.config("notes")))) {
      var result = Runner.builder().registry(mcp.registry()).models(model).build().run(Reader.class, "ideas?");
      assertThat(McpStdioToolsTest.outputs(result)).containsExactly("a durable MCP client");
    }
  }
}
