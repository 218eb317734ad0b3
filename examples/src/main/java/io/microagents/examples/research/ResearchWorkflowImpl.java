package io.microagents.examples.research;

import io.microagents.temporal.Agents;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's code. Deterministic: agents run only through {@link Agents} (child
 * workflows), waiting is {@link Workflow#await}, prompts are pure functions.
 */
public final class ResearchWorkflowImpl implements ResearchWorkflow {

  private String stage = "triage";
  private List<String> questions;
  private List<String> answers;

  @Override
  public ResearchReport research(String request) {
    TriageDecision decision = Agents.run(ResearchTriageAgent.class, TriageDecision.class, request);
    List<String> asked = List.of();
    if (decision.needsClarification()) {
      stage = "clarifying";
      ClarifyingQuestions clarifying = Agents.run(ClarificationAgent.class, ClarifyingQuestions.class, request);
      asked = clarifying.questions();
      questions = asked;
      stage = "waiting for answers";
      Workflow.await(() -> answers != null);
    } else {
      questions = List.of();
    }
    stage = "planning";
    String brief = Agents.run(InstructionsAgent.class, String.class,
        ResearchPrompts.briefRequest(request, asked, answers == null ? List.of() : answers));
    SearchPlan plan = Agents.run(PlannerAgent.class, SearchPlan.class, brief);
    stage = "searching";
    List<Promise<String>> searches = new ArrayList<>();
    for (SearchItem item : plan.searches()) {
      searches.add(Agents.runAsync(SearchAgent.class, String.class, ResearchPrompts.search(item)));
    }
    Promise.allOf(searches).get();
    List<String> summaries = searches.stream().map(Promise::get).toList();
    stage = "writing";
    ResearchReport report = Agents.run(WriterAgent.class, ResearchReport.class, ResearchPrompts.writer(brief, summaries));
    stage = "done";
    return report;
  }

  @Override
  public List<String> awaitQuestions() {
    Workflow.await(() -> questions != null);
    return questions;
  }

  @Override
  public void answerQuestions(List<String> given) {
    answers = List.copyOf(given);
  }

  @Override
  public void validateAnswers(List<String> given) {
    if (questions == null || questions.isEmpty() || answers != null) {
      throw new IllegalStateException("No clarifying questions are waiting for answers");
    }
    if (given == null || given.size() != questions.size()) {
      throw new IllegalArgumentException("Expected " + questions.size() + " answers, got "
          + (given == null ? 0 : given.size()));
    }
  }

  @Override
  public List<String> pendingQuestions() {
    return questions == null || answers != null ? List.of() : questions;
  }

  @Override
  public String stage() {
    return stage;
  }
}
