package io.microagents.temporal.internal;

import io.microagents.items.ToolCall;
import io.microagents.run.ApprovalDecision;
import io.microagents.temporal.PendingApproval;
import io.microagents.temporal.PendingQuestion;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a durable run waits on from people: pending questions and approvals, and the answers
 * the updates bring. The loop blocks in {@link Workflow#await} until an answer arrives (or
 * the optional timeout passes); waiting costs nothing.
 */
public final class HumanInbox {

  private Duration timeout;
  private final Map<String, PendingQuestion> questions = new LinkedHashMap<>();
  private final Map<String, String> answers = new HashMap<>();
  private final Map<String, PendingApproval> approvals = new LinkedHashMap<>();
  private final Map<String, ApprovalDecision> decisions = new HashMap<>();
  private final Set<String> approvalIds = new HashSet<>();
  private int questionCount;

  /** @param timeout how long to wait for a person; {@code null} waits forever */
  public HumanInbox(Duration timeout) {
    this.timeout = timeout;
  }

  /** How long to wait for a person from now on; {@code null} waits forever. */
  void timeout(Duration waitAtMost) {
    this.timeout = waitAtMost;
  }

  /** Questions asked so far, by this workflow run and those before it. */
  int questionCount() {
    return questionCount;
  }

  /** Goes on counting questions from a previous workflow run, so ids never repeat. */
  void continueFrom(int questionsAsked) {
    questionCount = questionsAsked;
  }

  /** Asks a question and waits for its answer; its id ({@code q<n>}) is never used again in this run. */
  public String ask(String agent, String question) {
    String id = "q" + (++questionCount);
    questions.put(id, new PendingQuestion(id, agent, question, now()));
    boolean answered = await(() -> answers.containsKey(id));
    questions.remove(id);
    return answered ? answers.remove(id) : "No answer from a person within " + shown(timeout) + ".";
  }

  /**
   * Asks for a decision on a tool call (its arguments canonical, as the loop hands them) and
   * waits for it. The approval's id is the call's id,
   * unless this workflow run already asked about a call of that id (a model that reuses ids):
   * then {@code <callId>#<n>}, so an id is never answered twice.
   */
  public ApprovalDecision approve(String agent, ToolCall call) {
    String id = uniqueApprovalId(call.callId());
    approvals.put(id, new PendingApproval(id, agent, call.name(), call.arguments(), now()));
    boolean decided = await(() -> decisions.containsKey(id));
    approvals.remove(id);
    return decided ? decisions.remove(id)
        : ApprovalDecision.timedOut("nobody approved or rejected it within " + shown(timeout));
  }

  /** Workflow time: the same in a replay, so a status queried then says when the wait began. */
  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  /** {@code 10m}, {@code 1h30m}, {@code 45s}: as a person would write it. */
  private static String shown(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  private String uniqueApprovalId(String callId) {
    String id = callId;
    for (int n = 2; !approvalIds.add(id); n++) {
      id = callId + "#" + n;
    }
    return id;
  }

  /** @throws IllegalArgumentException when nothing waits for this answer, or it is empty */
  public void validateAnswer(String questionId, String answer) {
    if (questionId == null || questionId.isBlank()) {
      throw new IllegalArgumentException("questionId is empty");
    }
    if (answer == null || answer.isBlank()) {
      throw new IllegalArgumentException("The answer to " + questionId + " is empty");
    }
    if (!questions.containsKey(questionId) || answers.containsKey(questionId)) {
      throw new IllegalArgumentException("No question '" + questionId + "' is waiting for an answer; pending: "
          + questions.keySet());
    }
  }

  /** Records an answer (validated first). */
  public void answer(String questionId, String answer) {
    validateAnswer(questionId, answer);
    answers.put(questionId, answer);
  }

  /** @throws IllegalArgumentException when no call with this id waits for a decision */
  public void validateDecision(String callId) {
    if (callId == null || callId.isBlank()) {
      throw new IllegalArgumentException("callId is empty");
    }
    if (!approvals.containsKey(callId) || decisions.containsKey(callId)) {
      throw new IllegalArgumentException("No tool call '" + callId + "' is waiting for approval; pending: "
          + approvals.keySet());
    }
  }

  /** Records a decision (validated first). */
  public void decide(String callId, boolean approved, String reason) {
    validateDecision(callId);
    decisions.put(callId, new ApprovalDecision(approved, reason));
  }

  /** Questions waiting for an answer. */
  public List<PendingQuestion> questions() {
    return new ArrayList<>(questions.values());
  }

  /** Tool calls waiting for a decision. */
  public List<PendingApproval> approvals() {
    return new ArrayList<>(approvals.values());
  }

  /** Whether anything waits for a person. */
  public boolean waiting() {
    return !questions.isEmpty() || !approvals.isEmpty();
  }

  private boolean await(Supplier<Boolean> condition) {
    if (timeout == null) {
      Workflow.await(condition);
      return true;
    }
    return Workflow.await(timeout, condition);
  }
}
