package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.loop.AgentLoop;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.run.RunState;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.ConversationWorkflow;
import io.microagents.temporal.RunStatus;
import io.microagents.temporal.Transcript;
import io.temporal.workflow.Workflow;
import java.util.List;

/**
 * A conversation that wakes on each message. Messages are handled one at a time (a second
 * update waits for the first); the state after each reply is kept as a {@link RunState}, and
 * carried into a new run of this workflow (continue-as-new) after
 * {@link ConversationInput#messagesBeforeContinueAsNew()} messages, or sooner when the
 * server suggests it, once every running update handler has finished.
 */
public final class ConversationWorkflowImpl extends DurableRun implements ConversationWorkflow {

  private ConversationInput input;
  private RunState state;
  private AgentLoop loop;
  private boolean busy;
  private boolean ended;
  private int messages;

  public ConversationWorkflowImpl(MicroagentsRuntime runtime) {
    super(runtime);
  }

  @Override
  public Transcript run(ConversationInput in) {
    this.input = in;
    requireAgent(in.agent());
    if (state == null) {
      state = in.state();
    }
    Workflow.await(() -> ended || !busy && (messages >= in.messagesBeforeContinueAsNew()
        || Workflow.getInfo().isContinueAsNewSuggested()));
    Workflow.await(() -> Workflow.isEveryHandlerFinished());
    if (ended) {
      return transcript();
    }
    Workflow.continueAsNew(new ConversationInput(in.agent(), in.options(), compact(state), in.messagesBeforeContinueAsNew()));
    return transcript();
  }

  @Override
  public String sendMessage(String message) {
    Workflow.await(() -> input != null && !busy);
    busy = true;
    try {
      List<Item> user = List.of(Message.user(message));
      RunState next = state == null ? start(user) : state.continueWith(user);
      loop = new AgentLoop(runtime.registry(), new WorkflowEffects(runtime, inbox, sent, input.options()),
          runtime.options().hooks());
      RunResult result = loop.run(next);
      state = loop.state();
      return result.finalOutputText();
    } catch (AgentRunException e) {
      throw RunFailures.toFailure(e);
    } finally {
      messages++;
      loop = null;
      busy = false;
    }
  }

  private RunState start(List<Item> user) {
    RunOptions options = input.options();
    int agentTurns = runtime.registry().agent(input.agent()).maxTurns();
    int maxTurns = options.maxTurns() > 0 ? options.maxTurns()
        : agentTurns > 0 ? agentTurns : RunOptions.DEFAULT_MAX_TURNS;
    return RunState.start(input.agent(), user, maxTurns, options);
  }

  /** The state without what only the last run needs (raw responses), history as input. */
  private static RunState compact(RunState s) {
    return s == null ? null : s.continueWith(List.of());
  }

  @Override
  public void validateSendMessage(String message) {
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("The message is empty");
    }
    if (ended) {
      throw new IllegalStateException("The conversation has ended");
    }
  }

  @Override
  public Transcript transcript() {
    RunState s = loop != null && loop.state() != null ? loop.state() : state;
    return new Transcript(s == null ? List.of() : s.toInputList());
  }

  @Override
  public void end() {
    ended = true;
  }

  @Override
  public RunStatus state() {
    RunState s = loop != null && loop.state() != null ? loop.state() : state;
    return Statuses.of(busy ? RunStatus.Phase.RUNNING : RunStatus.Phase.IDLE, inbox, s);
  }

}
