package io.microagents.temporal;

import io.microagents.model.Usage;
import java.util.List;

/**
 * A durable run as a query sees it, at any time: serializable, so any client can read it, and
 * small whatever the run's length (its items are read from history: {@link AgentClient#items}).
 *
 * @param phase running, waiting for a person, completed or failed
 * @param currentAgent the agent whose turn it is
 * @param turn model calls made so far in the current run
 * @param questions questions waiting for an answer
 * @param approvals tool calls waiting for a decision
 * @param items items so far: those an agent run generated, or a conversation's whole transcript
 * @param usage model usage so far
 */
public record RunStatus(
    Phase phase,
    String currentAgent,
    int turn,
    List<PendingQuestion> questions,
    List<PendingApproval> approvals,
    int items,
    Usage usage) {

  /** Where a run is. */
  public enum Phase {
    /** Not started, or between two messages of a conversation. */
    IDLE,
    /** The loop is calling the model or running tools. */
    RUNNING,
    /** The loop waits for an answer or an approval. */
    WAITING_FOR_HUMAN,
    /** The run produced its final output. */
    COMPLETED,
    /** The run stopped with an error. */
    FAILED
  }

  public RunStatus {
    questions = questions == null ? List.of() : List.copyOf(questions);
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
    usage = usage == null ? Usage.EMPTY : usage;
  }
}
