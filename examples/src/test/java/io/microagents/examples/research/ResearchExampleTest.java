package io.microagents.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import org.junit.jupiter.api.Test;

/** The example as the CLI runs it: questions answered from --answer, every child printed, a report. */
class ResearchExampleTest {

  @Test
  void asksTheQuestionsThenSearchesInParallelAndWritesTheReport() throws Exception {
    try (CapturedSession s = CapturedSession.open("Engineers", "Crash recovery", "Two pages")) {
      String report = s.run(new ResearchExample());

      assertThat(report).startsWith("A report on durable execution for AI agents drawn from 5 parallel searches.")
          .contains("# Durable execution for AI agents").contains("Follow-up questions:");
      assertThat(s.lines()).containsSubsequence(
          "[research_triage-1] model call by research_triage",
          "[clarifier-1] model call by clarifier",
          "> Engineers   (given with --answer)",
          "> Two pages   (given with --answer)",
          "[planner-1] model call by planner",
          "[writer-1] model call by writer");
      assertThat(s.lines()).anyMatch(l -> l.startsWith("waiting for a person: 3 clarifying questions"));
      assertThat(s.lines()).filteredOn(l -> l.startsWith("child workflow started:") && l.contains("/searcher-")).hasSize(5);
      assertThat(s.lines()).filteredOn(l -> l.contains("tool call search_web")).hasSize(5);
      for (int i = 1; i <= 5; i++) { // the parallel searchers' text, streamed, each on lines under its name
        String searcher = "searcher [searcher-" + i + "] > ";
        // the first words may go inline before a second searcher speaks, the rest a line at a time
        String said = String.join(" ", s.lines().stream().filter(l -> l.startsWith(searcher))
            .map(l -> l.substring(searcher.length()).strip()).toList());
        assertThat(said).startsWith("On 'durable execution for AI agents").endsWith("until they can answer.");
      }
      assertThat(s.lines()).anyMatch(l -> l.startsWith("writer [writer-1] > "));
    }
  }

  @Test
  void topicsLoseTheirFillerWords() {
    assertThat(ResearchScript.topic("Please research the history of Temporal?")).isEqualTo("the history of Temporal");
    assertThat(ResearchScript.topic("Research vector databases in 3 searches")).isEqualTo("vector databases");
  }
}
