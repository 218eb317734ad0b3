package io.microagents.temporal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.microagents.agent.AgentRegistry;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.stream.StreamTransport;
import io.microagents.temporal.definition.RunDefinition;
import io.microagents.temporal.internal.EventCursor;
import io.microagents.temporal.internal.RunEventFollower;
import io.microagents.temporal.internal.RunFailures;
import io.microagents.temporal.internal.RunHistory;
import io.microagents.temporal.internal.RunTree;
import io.microagents.temporal.internal.StartChecks;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.common.WorkflowExecutionHistory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Starts durable agent runs and conversations, awaits their results, sends people's answers
 * and decisions, and queries state. A run's workflow result is a small {@link RunSummary};
 * its items are read from the workflow's history, page by page, when asked for
 * ({@link #result}, {@link #items}, {@link #transcript}). A run that stopped early is
 * rethrown as its typed {@link AgentRunException} (guardrail tripwire, max turns, …).
 */
public final class AgentClient {

  private final WorkflowClient client;
  private final String taskQueue;
  private final AgentRegistry registry;
  private final RunHistory history;
  private final StreamTransport streams;

  /**
   * @param client the Temporal client (with the same External Storage as the workers, if any)
   * @param taskQueue the task queue of the workers that run agents
   * @param registry resolves agent classes to names; may be {@code null} when only names are used
   */
  public AgentClient(WorkflowClient client, String taskQueue, AgentRegistry registry) {
    this(client, taskQueue, registry, null);
  }

  /**
   * A client that also reads the runs' text deltas, from the transport the workers stream to
   * ({@code MicroagentsOptions.streams}); {@code null}: events without deltas.
   */
  public AgentClient(WorkflowClient client, String taskQueue, AgentRegistry registry, StreamTransport streams) {
    this.client = client;
    this.taskQueue = taskQueue;
    this.registry = registry;
    this.history = new RunHistory(client);
    this.streams = streams;
  }

  /**
   * Follows the run {@code workflowId} and the child agents it starts, from their start: steps
   * from history, text deltas from the stream transport. See {@link RunEvents}.
   *
   * @throws IllegalArgumentException when no workflow has this id
   */
  public RunEvents events(String workflowId) {
    return events(workflowId, null);
  }

  /**
   * Follows the run from a cursor a previous {@link RunEvents#cursor()} gave ({@code null}:
   * from the start): what came after it, nothing twice.
   *
   * @throws IllegalArgumentException when no workflow has this id, or the cursor is not one
   */
  public RunEvents events(String workflowId, String cursor) {
    EventCursor from = cursor == null ? EventCursor.start() : EventCursor.decode(cursor);
    try {
      client.getWorkflowServiceStubs().blockingStub().describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
          .setNamespace(client.getOptions().getNamespace())
          .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId)).build());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new IllegalArgumentException("No run with workflow id '" + workflowId + "' in namespace '"
            + client.getOptions().getNamespace() + "'", e);
      }
      throw e;
    }
    return new RunEvents(new RunEventFollower(client, streams, workflowId, from), from);
  }

  /** The Temporal client underneath. */
  public WorkflowClient workflowClient() {
    return client;
  }

  /** Runs an agent on a user message and waits for its result (items read from history). */
  public RunResult run(Class<?> agentClass, String input) {
    return run(name(agentClass), input);
  }

  /** Runs an agent on a user message and waits for its result (items read from history). */
  public RunResult run(String agent, String input) {
    return result(start(agent, List.of(Message.user(input)), RunOptions.DEFAULTS, null));
  }

  /** Runs an agent on a user message with options and waits for its result. */
  public RunResult run(Class<?> agentClass, String input, RunOptions options) {
    return result(start(agentClass, input, options, null));
  }

  /** Starts an agent on a user message; returns the workflow id. */
  public String start(Class<?> agentClass, String input) {
    return start(agentClass, input, RunOptions.DEFAULTS, null);
  }

  /** Starts an agent on a user message with options; returns the workflow id. */
  public String start(Class<?> agentClass, String input, RunOptions options) {
    return start(agentClass, input, options, null);
  }

  /**
   * Starts an agent on a user message with options under a workflow id ({@code null} for
   * {@code <agent>-<random>}); returns the workflow id.
   */
  public String start(Class<?> agentClass, String input, RunOptions options, String workflowId) {
    return start(name(agentClass), List.of(Message.user(input)), options, workflowId);
  }

  /**
   * Starts an agent run.
   *
   * @param workflowId the workflow id, or {@code null} for {@code <agent>-<random>}
   * @return the workflow id
   */
  public String start(String agent, List<Item> input, RunOptions options, String workflowId) {
    String id = workflowId != null ? workflowId : agent + "-" + UUID.randomUUID();
    return start(options(id), agent, input, options);
  }

  /**
   * Starts an agent run with your own workflow options: timeouts, id reuse policy, search
   * attributes. The task queue defaults to this client's and the id to {@code <agent>-<random>}.
   *
   * @return the workflow id
   * @throws IllegalArgumentException when the input is over the payload limit and this client
   *     has no External Storage to hold it
   */
  public String start(WorkflowOptions workflowOptions, String agent, List<Item> input, RunOptions options) {
    WorkflowOptions.Builder b = WorkflowOptions.newBuilder(workflowOptions);
    if (workflowOptions.getTaskQueue() == null) {
      b.setTaskQueue(taskQueue);
    }
    if (workflowOptions.getWorkflowId() == null) {
      b.setWorkflowId(agent + "-" + UUID.randomUUID());
    }
    WorkflowOptions resolved = b.build();
    AgentRunInput runInput = new AgentRunInput(agent, input, options);
    StartChecks.fits(client, runInput, "The input of agent '" + agent + "'");
    WorkflowClient.start(client.newWorkflowStub(AgentWorkflow.class, resolved)::run, runInput);
    return resolved.getWorkflowId();
  }

  /**
   * Waits for a run's summary: its final output, last agent, usage and counts — no items, no
   * history read. Rethrows a run that stopped early as its typed exception, whose state holds
   * where the run was and its usage (its items: {@link #items}).
   */
  public RunSummary summary(String workflowId) {
    try {
      return client.newUntypedWorkflowStub(workflowId).getResult(RunSummary.class);
    } catch (WorkflowFailedException e) {
      throw typed(e, e.getCause(), null);
    }
  }

  /**
   * Waits for a run's result, with its input, its items and raw model responses read from the
   * workflow's history (every run of it, across continue-as-new). Rethrows a run that
   * stopped early as its typed exception, whose state holds the items too. For a very long
   * run, {@link #summary} and {@link #items} read less.
   */
  public RunResult result(String workflowId) {
    RunSummary summary;
    try {
      summary = client.newUntypedWorkflowStub(workflowId).getResult(RunSummary.class);
    } catch (WorkflowFailedException e) {
      throw typed(e, e.getCause(), workflowId);
    }
    RunHistory.Recorded r = history.read(workflowId);
    return new RunResult(summary.finalOutput(), summary.lastAgent(), r.input(), r.newItems(), summary.usage(),
        r.responses());
  }

  /**
   * A run's or conversation's items in order, read lazily from its history (an agent run's
   * input first, then every item it generated; a conversation's whole transcript). Works while
   * it runs and after it ended; close the stream when you stop early.
   */
  public Stream<Item> items(String workflowId) {
    return history.items(workflowId);
  }

  /** A run's or conversation's state now: phase, agent, turn, what waits for a person, counts. */
  public RunStatus state(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).query("state", RunStatus.class);
  }

  /**
   * Waits until the run (or conversation) waits for a person — a question or an approval is
   * pending — or has nothing more to do, and returns its state then: no polling loop in your
   * code. At most {@code timeout}; a run that ended meanwhile returns its final state.
   */
  public RunStatus awaitPerson(String workflowId, Duration timeout) {
    return RunTree.awaitPerson(client, workflowId, timeout);
  }

  /**
   * What a run tree — the run, its child agent runs, theirs — waits for from people: one entry
   * per running workflow with a pending question or approval. Answer each with its workflow id.
   */
  public List<PendingInput> pendingInTree(String rootWorkflowId) {
    return RunTree.pending(client, rootWorkflowId);
  }

  /**
   * Waits until some workflow of the run tree waits for a person, or the root has ended (then
   * the list is empty); at most {@code timeout}. Children start and end on their own, so this
   * looks again every 200 ms (reads of history and queries, nothing written).
   */
  public List<PendingInput> awaitPersonInTree(String rootWorkflowId, Duration timeout) {
    return RunTree.awaitPending(client, rootWorkflowId, timeout);
  }

  /**
   * Answers a pending question; rejected (nothing written) when it matches none. The update's
   * id is the question's, so sending the same answer twice delivers it once.
   */
  public void answer(String workflowId, String questionId, String answer) {
    update(workflowId, "answer", "answer/" + questionId, questionId, answer);
  }

  /** Approves or rejects a tool call waiting for approval; delivered once however often it is sent. */
  public void decide(String workflowId, String callId, boolean approved, String reason) {
    update(workflowId, "decide", "decide/" + callId, callId, approved, reason);
  }

  private void update(String workflowId, String name, String updateId, Object... args) {
    client.newUntypedWorkflowStub(workflowId).startUpdate(UpdateOptions.newBuilder(Void.class).setUpdateName(name)
        .setUpdateId(updateId).setWaitForStage(WorkflowUpdateStage.COMPLETED).build(), args).getResult();
  }

  /** The definition a run or conversation runs with: the one it started with, unless it took a newer one. */
  public RunDefinition definition(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).query(RunDefinitionControl.QUERY, RunDefinition.class);
  }

  /**
   * Asks a run or conversation to take the definition of the worker that handles it, at its
   * next safe point: an agent run at its next model call (it continues as new), a
   * conversation at its next message. Rejected when that worker lacks the run's agents.
   *
   * @return when the run takes it
   */
  public String upgradeDefinition(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).update(RunDefinitionControl.UPGRADE, String.class);
  }

  /** Starts a conversation with an agent under the given workflow id; returns it. */
  public String startConversation(String agent, String conversationId, RunOptions options) {
    return startConversation(new ConversationInput(agent, options, null, 0), conversationId);
  }

  /** Starts a conversation from a full input (a continue-as-new threshold); returns its id. */
  public String startConversation(ConversationInput input, String conversationId) {
    ConversationWorkflow wf = client.newWorkflowStub(ConversationWorkflow.class, options(conversationId));
    WorkflowClient.start(wf::run, input);
    return conversationId;
  }

  /** Sends a user message to a conversation and waits for the reply. */
  public String send(String conversationId, String message) {
    try {
      return client.newWorkflowStub(ConversationWorkflow.class, conversationId).sendMessage(message);
    } catch (WorkflowUpdateException e) {
      throw typed(e, e.getCause(), null);
    }
  }

  /**
   * Sends a user message without waiting for the reply: returns once the workflow has
   * accepted the update (or rejected it: the future then fails). Use while the reply may wait
   * for a person.
   */
  public CompletableFuture<String> sendAsync(String conversationId, String message) {
    WorkflowUpdateHandle<String> handle = client.newUntypedWorkflowStub(conversationId)
        .startUpdate("sendMessage", WorkflowUpdateStage.ACCEPTED, String.class, message);
    return handle.getResultAsync();
  }

  /** The conversation so far, read from its history. */
  public List<Item> transcript(String conversationId) {
    try (Stream<Item> items = history.items(conversationId)) {
      return items.toList();
    }
  }

  /** Ends a conversation; returns its transcript once the workflow has finished. */
  public List<Item> endConversation(String conversationId) {
    client.newWorkflowStub(ConversationWorkflow.class, conversationId).end();
    client.newUntypedWorkflowStub(conversationId).getResult(ConversationSummary.class);
    return transcript(conversationId);
  }

  /** The event history of a workflow's latest run, to inspect or replay. */
  public WorkflowExecutionHistory history(String workflowId) {
    return client.fetchHistory(workflowId);
  }

  /** The typed exception of a failed run, its state's items read from history when {@code workflowId} is given. */
  private RuntimeException typed(RuntimeException e, Throwable cause, String workflowId) {
    return RunFailures.typed(e, cause, workflowId == null ? null : () -> history.read(workflowId));
  }

  private WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(workflowId).build();
  }

  private String name(Class<?> agentClass) {
    if (registry == null) {
      throw new IllegalStateException("This client has no registry; start agents by name");
    }
    return registry.nameOf(agentClass);
  }
}
