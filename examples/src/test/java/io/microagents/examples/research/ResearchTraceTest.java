package io.microagents.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The research example run offline with tracing on its client and worker: one trace, the
 * pipeline's workflow at its root, every agent it runs (five searchers at once among them) a
 * child run under it, and every model call and web search under the run of its agent.
 */
class ResearchTraceTest {

  static final AttributeKey<String> AGENT = AttributeKey.stringKey("gen_ai.agent.name");

  @Test
  void everyModelAndToolCallIsASpanUnderItsAgentsRun() throws Exception {
    try (CapturedSession s = CapturedSession.traced("Engineers", "Crash recovery", "Two pages")) {
      s.run(new ResearchExample());
      List<SpanData> spans = s.session().trace().spans();
      String tree = s.session().trace().tree();
      System.out.println(tree);

      assertThat(spans).extracting(SpanData::getTraceId).hasSize(spans.size()).containsOnly(spans.get(0).getTraceId());
      Map<String, SpanData> byId = spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
      SpanData start = one(spans, "StartWorkflow:ResearchWorkflow");
      SpanData workflow = one(spans, "run ResearchWorkflow");
      assertThat(start.getParentSpanContext().isValid()).isFalse();
      assertThat(workflow.getParentSpanId()).isEqualTo(start.getSpanId());

      List<SpanData> runs = spans.stream().filter(x -> x.getName().startsWith("invoke_agent ")).toList();
      assertThat(runs).extracting(SpanData::getName).containsExactlyInAnyOrder(
          "invoke_agent research_triage", "invoke_agent clarifier", "invoke_agent research_instructions",
          "invoke_agent planner", "invoke_agent searcher", "invoke_agent searcher", "invoke_agent searcher",
          "invoke_agent searcher", "invoke_agent searcher", "invoke_agent writer");
      assertThat(runs).extracting(SpanData::getParentSpanId).containsOnly(workflow.getSpanId());

      List<SpanData> calls = spans.stream().filter(x -> x.getName().equals("chat")).toList(); // no model named: the provider's
      List<SpanData> searches = spans.stream().filter(x -> x.getName().equals("execute_tool search_web")).toList();
      assertThat(calls).hasSizeGreaterThanOrEqualTo(runs.size() + searches.size());
      assertThat(searches).hasSize(5);
      List<SpanData> turns = spans.stream().filter(x -> x.getName().equals("turn")).toList(); // one per model call
      assertThat(turns).hasSameSizeAs(calls);
      for (SpanData call : concat(calls, searches)) {
        SpanData turn = byId.get(call.getParentSpanId());
        assertThat(turn).as("the turn of %s", call.getName()).isNotNull();
        assertThat(turn.getName()).isEqualTo("turn");
        SpanData run = byId.get(turn.getParentSpanId());
        assertThat(run).as("the run of %s", call.getName()).isNotNull();
        assertThat(run.getName()).isEqualTo("invoke_agent " + call.getAttributes().get(AGENT));
      }
      // each searcher searched once, in a turn of its own run
      assertThat(searches).extracting(SpanData::getParentSpanId).doesNotHaveDuplicates()
          .allMatch(id -> byId.get(byId.get(id).getParentSpanId()).getName().equals("invoke_agent searcher"));
      assertThat(spans).hasSize(2 + runs.size() + turns.size() + calls.size() + searches.size());

      assertThat(tree.lines().toList()).first().asString().startsWith("StartWorkflow:ResearchWorkflow");
      assertThat(tree).contains("└─ run ResearchWorkflow").contains("   ├─ invoke_agent research_triage")
          .contains("│  │  └─ execute_tool search_web").contains("   └─ invoke_agent writer");
    }
  }

  static SpanData one(List<SpanData> spans, String name) {
    List<SpanData> named = spans.stream().filter(x -> x.getName().equals(name)).toList();
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }

  static List<SpanData> concat(List<SpanData> a, List<SpanData> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
