package io.microagents.temporal;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.internal.RunFailures;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Starts durable agent runs and conversations, awaits their results, sends people's answers
 * and decisions, and queries state. A run that stopped early is rethrown as its typed
 * {@link AgentRunException} (guardrail tripwire, max turns, …) with the run's state.
 */
public final class AgentClient {

  private final WorkflowClient client;
  private final String taskQueue;
  private final AgentRegistry registry;

  /**
   * @param client the Temporal client
   * @param taskQueue the task queue of the workers that run agents
   * @param registry resolves agent classes to names; may be {@code null} when only names are used
   */
  public AgentClient(WorkflowClient client, String taskQueue, AgentRegistry registry) {
    this.client = client;
    this.taskQueue = taskQueue;
    this.registry = registry;
  }

  /** The Temporal client underneath. */
  public WorkflowClient workflowClient() {
    return client;
  }

  /** Runs an agent on a user message and waits for its result. */
  public RunResult run(Class<?> agentClass, String input) {
    return run(name(agentClass), input);
  }

  /** Runs an agent on a user message and waits for its result. */
  public RunResult run(String agent, String input) {
    return result(start(agent, List.of(Message.user(input)), RunOptions.DEFAULTS, null));
  }

  /** Starts an agent on a user message; returns the workflow id. */
  public String start(Class<?> agentClass, String input) {
    return start(name(agentClass), List.of(Message.user(input)), RunOptions.DEFAULTS, null);
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
    AgentWorkflow wf = client.newWorkflowStub(AgentWorkflow.class, resolved);
    WorkflowClient.start(wf::run, new AgentRunInput(agent, input, options));
    return resolved.getWorkflowId();
  }

  /** Waits for a run's result; rethrows a run that stopped early as its typed exception. */
  public RunResult result(String workflowId) {
    try {
      return client.newUntypedWorkflowStub(workflowId).getResult(RunResult.class);
    } catch (WorkflowFailedException e) {
      AgentRunException typed = RunFailures.fromFailure(e.getCause());
      if (typed != null) {
        typed.initCause(e);
        throw typed;
      }
      throw e;
    }
  }

  /** A run's or conversation's state now. */
  public RunStatus state(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).query("state", RunStatus.class);
  }

  /** Answers a pending question; rejected (nothing written) when it matches none. */
  public void answer(String workflowId, String questionId, String answer) {
    client.newWorkflowStub(HumanInTheLoop.class, workflowId).answer(questionId, answer);
  }

  /** Approves or rejects a tool call waiting for approval. */
  public void decide(String workflowId, String callId, boolean approved, String reason) {
    client.newWorkflowStub(HumanInTheLoop.class, workflowId).decide(callId, approved, reason);
  }

  /** Starts a conversation with an agent under the given workflow id; returns it. */
  public String startConversation(String agent, String conversationId, RunOptions options) {
    ConversationWorkflow wf = client.newWorkflowStub(ConversationWorkflow.class, options(conversationId));
    WorkflowClient.start(wf::run, new ConversationInput(agent, options, null, 0));
    return conversationId;
  }

  /** Starts a conversation from a full input (an existing state, a continue-as-new threshold). */
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
      AgentRunException typed = RunFailures.fromFailure(e.getCause());
      if (typed != null) {
        typed.initCause(e);
        throw typed;
      }
      throw e;
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

  /** The conversation so far. */
  public List<Item> transcript(String conversationId) {
    return client.newWorkflowStub(ConversationWorkflow.class, conversationId).transcript().items();
  }

  /** Ends a conversation; returns its transcript once the workflow has finished. */
  public List<Item> endConversation(String conversationId) {
    client.newWorkflowStub(ConversationWorkflow.class, conversationId).end();
    return client.newUntypedWorkflowStub(conversationId).getResult(Transcript.class).items();
  }

  /** The event history of a workflow, to inspect or replay. */
  public WorkflowExecutionHistory history(String workflowId) {
    return client.fetchHistory(workflowId);
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
