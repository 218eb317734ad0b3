package io.microagents.examples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.examples.CapturedSession;
import io.microagents.examples.TaskQueues;
import io.microagents.run.RunResult;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as a workflow: agents as child workflows, the searches in parallel, the
 * clarifying answers through an update.
 */
class ResearchWorkflowTest {

  private static ResearchWorkflow start(WorkflowClient client, String id, String request) {
    ResearchWorkflow workflow = client.newWorkflowStub(ResearchWorkflow.class, WorkflowOptions.newBuilder()
        .setTaskQueue(TaskQueues.forMode(true).agents()).setWorkflowId(id).build());
    WorkflowClient.start(workflow::research, request);
    return workflow;
  }

  @Test
  void fiveSearchesRunAsOverlappingChildWorkflows() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      WorkflowClient client = s.session().workflows();
      ResearchWorkflow workflow = start(client, "research-overlap", "Research durable execution for AI agents");

      List<String> questions = workflow.awaitQuestions();
      assertThat(questions).hasSize(3);
      workflow.answerQuestions(List.of("Engineers", "Crash recovery", "One page"));
      ResearchReport report = WorkflowStub.fromTyped(workflow).getResult(ResearchReport.class);

      assertThat(report.shortSummary()).contains("5 parallel searches");
      assertThat(report.markdownReport()).contains("## Findings").contains("Temporal (workflow engine)");
      assertThat(report.followUpQuestions()).isNotEmpty();
      List<long[]> spans = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        List<HistoryEvent> events = client.fetchHistory("research-overlap/searcher-" + i).getEvents();
        spans.add(new long[] {millis(events.get(0)), millis(events.get(events.size() - 1))});
      }
      long lastStart = spans.stream().mapToLong(span -> span[0]).max().orElseThrow();
      long firstEnd = spans.stream().mapToLong(span -> span[1]).min().orElseThrow();
      assertThat(lastStart).as("every search starts before any finishes").isLessThan(firstEnd);
    }
  }

  @Test
  void theAnswersReachTheBriefAndTheirNumberIsChecked() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      WorkflowClient client = s.session().workflows();
      ResearchWorkflow workflow = start(client, "research-answers", "Research vector databases in 3 searches");
      workflow.awaitQuestions();

      assertThatThrownBy(() -> workflow.answerQuestions(List.of("only one")))
          .isInstanceOf(WorkflowUpdateException.class);
      workflow.answerQuestions(List.of("Students", "Costs", "Short"));
      ResearchReport report = WorkflowStub.fromTyped(workflow).getResult(ResearchReport.class);

      assertThat(report.shortSummary()).contains("3 parallel searches");
      io.microagents.temporal.RunSummary brief = client.newUntypedWorkflowStub("research-answers/research_instructions-1").getResult(io.microagents.temporal.RunSummary.class);
      assertThat(brief.finalOutputText()).contains("Students").contains("Costs");
      assertThat(childIds(client.fetchHistory("research-answers"))).containsExactly(
          "research-answers/research_triage-1", "research-answers/clarifier-1",
          "research-answers/research_instructions-1", "research-answers/planner-1",
          "research-answers/searcher-1", "research-answers/searcher-2", "research-answers/searcher-3",
          "research-answers/writer-1");
    }
  }

  @Test
  void aRequestThatNeedsNoQuestionsGoesStraightToPlanning() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      ResearchWorkflow workflow = start(s.session().workflows(), "research-direct", "Research Java records, no questions");

      assertThat(workflow.awaitQuestions()).isEmpty();
      assertThat(WorkflowStub.fromTyped(workflow).getResult(ResearchReport.class).markdownReport()).contains("Java records");
    }
  }

  @Test
  void itsHistoryReplays() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      ResearchWorkflow workflow = start(s.session().workflows(), "research-replay", "Research durable execution");
      workflow.awaitQuestions();
      workflow.answerQuestions(List.of("a", "b", "c"));
      WorkflowStub.fromTyped(workflow).getResult(ResearchReport.class);

      WorkflowReplayer.replayWorkflowExecution(s.session().workflows().fetchHistory("research-replay"), ResearchWorkflowImpl.class);
    }
  }

  private static long millis(HistoryEvent e) {
    return e.getEventTime().getSeconds() * 1000 + e.getEventTime().getNanos() / 1_000_000;
  }

  private static List<String> childIds(WorkflowExecutionHistory history) {
    return history.getEvents().stream().filter(HistoryEvent::hasStartChildWorkflowExecutionInitiatedEventAttributes)
        .map(e -> e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId()).toList();
  }
}
