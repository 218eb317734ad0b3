package io.microagents.examples.research;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * The research pipeline as a durable workflow in the just-code style: each agent runs as a
 * child workflow, the searches all at once (fan-out) and joined before the writer (fan-in).
 * It waits for the person's answers to the clarifying questions through an update —
 * minutes or days, costing nothing while it waits.
 */
@WorkflowInterface
public interface ResearchWorkflow {

  /** Researches a request; returns the report. */
  @WorkflowMethod
  ResearchReport research(String request);

  /**
   * Waits until the clarifying questions are known and returns them; empty when the
   * request needs none. Lets a client wait for the moment to ask, without polling.
   */
  @UpdateMethod
  List<String> awaitQuestions();

  /** Answers the clarifying questions, one answer each, in order. */
  @UpdateMethod
  void answerQuestions(List<String> answers);

  /** Rejects answers when no questions are pending, or the wrong number of them. */
  @UpdateValidatorMethod(updateName = "answerQuestions")
  void validateAnswers(List<String> answers);

  /**
   * The clarifying questions still waiting for answers; empty before they are asked and once
   * answered. A query, so a console can look as often as it likes without writing history.
   */
  @QueryMethod
  List<String> pendingQuestions();

  /** Where the pipeline is: triage, clarifying, waiting for answers, planning, searching, writing, done. */
  @QueryMethod
  String stage();
}
