package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Message;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.temporal.testing.Histories;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The just-code style: planner, ten searches in parallel as child workflows, writer. */
class ResearchPipelineTest {

  public record SearchPlan(List<String> queries) {}

  @Agent(instructions = "Plan ten web searches for the question.", outputType = SearchPlan.class)
  public static class PlannerAgent {}

  @Agent(instructions = "Search the web and summarize in two sentences.")
  public static class SearchAgent {}

  @Agent(instructions = "Write a report from the search summaries.")
  public static class WriterAgent {}

  /** A user's own workflow that orchestrates agents in plain Java. */
  @WorkflowInterface
  public interface ResearchWorkflow {
    @WorkflowMethod
    String research(String question);
  }

  public static class ResearchWorkflowImpl implements ResearchWorkflow {
    @Override
    public String research(String question) {
      SearchPlan plan = Agents.run(PlannerAgent.class, question);
      List<Promise<String>> searches = new ArrayList<>();
      for (String q : plan.queries()) {
        searches.add(Agents.runAsync(SearchAgent.class, q));
      }
      Promise.allOf(searches).get();
      StringBuilder notes = new StringBuilder();
      for (Promise<String> s : searches) {
        notes.append(s.get()).append('\n');
      }
      return Agents.run(WriterAgent.class, notes.toString());
    }
  }

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void twelveModelActivitiesAcrossTwelveWorkflows() {
    ScriptedModel model = new ScriptedModel();
    List<String> queries = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      queries.add("query " + i);
    }
    model.forAgent("PlannerAgent").thenMessage("{\"queries\":" + io.microagents.json.Json.write(queries) + "}");
    model.forAgent("SearchAgent").repeat(10, ScriptedStep.answer(r -> new ModelResponse(
        List.of(Message.assistant("notes on " + ((Message) r.input().get(0)).content())), Usage.ofRequest(10, 5), null)));
    model.forAgent("WriterAgent").thenMessage("The report.");
    AgentRegistry registry = AgentRegistry.of(PlannerAgent.class, SearchAgent.class, WriterAgent.class);
    AgentClient client = temporal.start(registry, model, MicroagentsOptions.DEFAULTS,
        w -> w.registerWorkflowImplementationTypes(ResearchWorkflowImpl.class));

    String id = temporal.workflowId("research");
    ResearchWorkflow wf = client.workflowClient().newWorkflowStub(ResearchWorkflow.class, WorkflowOptions.newBuilder()
        .setTaskQueue(temporal.taskQueue(MicroagentsTestExtension.TASK_QUEUE)).setWorkflowId(id).build());
    String report = wf.research("What is durable execution?");

    assertThat(report).isEqualTo("The report.");
    List<String> children = Histories.childWorkflowIds(temporal.history(id));
    assertThat(children).hasSize(12);
    assertThat(children.get(0)).isEqualTo(id + "/PlannerAgent-1");
    assertThat(children.subList(1, 11)).allMatch(c -> c.startsWith(id + "/SearchAgent-"));
    assertThat(children.get(11)).isEqualTo(id + "/WriterAgent-1");
    int modelCalls = 0;
    for (String child : children) {
      modelCalls += Histories.activityTypes(temporal.history(child)).size();
      assertThat(Histories.activityTypes(temporal.history(child))).containsExactly("ModelCall");
    }
    assertThat(modelCalls).isEqualTo(12);
    assertThat(Histories.activityTypes(temporal.history(id))).isEmpty();
    assertSearchesOverlap(id);
    assertThat(model.requests("WriterAgent").get(0).input().get(0).toString()).contains("notes on query 10");
    model.assertAllConsumed();
    temporal.replay(id, ResearchWorkflowImpl.class);
  }

  /** All ten searches are started before the first completes: fan-out, then fan-in. */
  private void assertSearchesOverlap(String id) {
    int started = 0;
    int completedBeforeAllStarted = 0;
    for (HistoryEvent e : temporal.history(id).getEvents()) {
      if (e.hasStartChildWorkflowExecutionInitiatedEventAttributes()
          && e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId().contains("SearchAgent")) {
        started++;
      }
      if (e.hasChildWorkflowExecutionCompletedEventAttributes() && started < 10
          && e.getChildWorkflowExecutionCompletedEventAttributes().getWorkflowExecution().getWorkflowId().contains("SearchAgent")) {
        completedBeforeAllStarted++;
      }
    }
    assertThat(started).isEqualTo(10);
    assertThat(completedBeforeAllStarted).isZero();
  }
}
