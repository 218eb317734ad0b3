package io.microagents.examples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import org.junit.jupiter.api.Test;

/** The notes agent uses the bundled MCP server's tools, each call a step named after the tool. */
class McpExampleTest {

  @Test
  void theAgentListsAndReadsNotesThroughTheMcpServer() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new McpExample());

      assertThat(answer).startsWith("Your 'todo' note says: Renew the passport");
      assertThat(s.lines()).containsSubsequence(
          "model call by notes",
          "tool call list_notes {}",
          "list_notes -> groceries, talk, todo",
          "tool call read_note {\"name\":\"todo\"}",
          "model call by notes");
    }
  }

  @Test
  void theQuestionPicksTheNote() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      assertThat(s.run(new McpExample(), "What do I need from the groceries?")).contains("Milk, coffee, lemons.");
    }
  }
}
