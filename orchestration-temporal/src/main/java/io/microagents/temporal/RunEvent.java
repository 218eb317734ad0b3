package io.microagents.temporal;

import io.microagents.model.Usage;
import io.microagents.stream.ModelDelta;
import java.util.List;

/**
 * One thing that happened in a durable run or a run it started, as {@link RunEvents} gives
 * them in order. Steps come from the workflows' histories; {@link Delta}s come from the
 * stream transport and are never in history.
 *
 * <p>Every event has a {@code path}: {@code ""} for the run followed, the child's workflow id
 * relative to it for a child agent ({@code "assistant-1"}, {@code "assistant-1/search-2"}),
 * or the child's full workflow id when it does not start with the parent's.
 */
public sealed interface RunEvent {

  /** Which run of the tree the event belongs to; {@code ""} for the run followed. */
  String path();

  /** The run's first agent started (a handoff says when another one takes over). */
  record AgentStarted(String path, String agent) implements RunEvent {}

  /** A model call was scheduled; {@code call} identifies it in later events and deltas. */
  record ModelCallStarted(String path, String agent, String call) implements RunEvent {}

  /**
   * Part of a model call's output as it arrived. A delta of a higher {@code attempt} than the
   * ones before it for the same call means the earlier attempt failed: {@link PartialOutputDiscarded}
   * comes first, and its text is to be discarded.
   */
  record Delta(String path, String agent, String call, int attempt, ModelDelta delta) implements RunEvent {}

  /** A retried model call's earlier attempts streamed text that the finished response will not have. */
  record PartialOutputDiscarded(String path, String call, int attempt) implements RunEvent {}

  /** A model call finished; its response is in history. */
  record ModelCallFinished(String path, String agent, String call, Usage usage) implements RunEvent {}

  /** A tool activity was scheduled with these arguments (the model's JSON). */
  record ToolCallStarted(String path, String agent, String tool, String arguments) implements RunEvent {}

  /** A tool activity ended: its output, or the error the model is told ({@code error} true). */
  record ToolCallFinished(String path, String tool, String output, boolean error) implements RunEvent {}

  /** The conversation passed from one agent to another: the next model call is the new agent's. */
  record Handoff(String path, String from, String to) implements RunEvent {}

  /** A child agent started as its own workflow (an agent run as a tool, or a just-code call). */
  record ChildStarted(String path, String agent, String workflowId) implements RunEvent {}

  /** The run waits for a person: these questions and approvals are pending (ids to answer with). */
  record WaitingForPerson(String path, List<PendingQuestion> questions, List<PendingApproval> approvals) implements RunEvent {}

  /** The run (or a child, by its path) finished with this summary. */
  record Finished(String path, RunSummary summary) implements RunEvent {}

  /** The run (or a child) failed, was terminated, cancelled or timed out; {@code message} says why. */
  record Failed(String path, String message) implements RunEvent {}

  /**
   * Deltas are missing here: dropped for a slow reader, trimmed by the transport, or lost while
   * it was down. The text of the calls concerned is incomplete; their finished responses, and
   * every step event, are not.
   */
  record StreamGap(String path) implements RunEvent {}
}
