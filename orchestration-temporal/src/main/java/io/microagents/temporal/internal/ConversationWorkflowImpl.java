package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.loop.AgentLoop;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.run.RunState;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.ConversationSummary;
import io.microagents.temporal.ConversationWorkflow;
import io.microagents.temporal.Continuation;
import io.microagents.temporal.RunStatus;
import io.temporal.workflow.Workflow;
import java.util.List;

/**
 * A conversation that wakes on each message. Messages are handled one at a time (a second
 * update waits for the first); the conversation after each reply is kept, and carried once
 * into a new run of this workflow (continue-as-new) after
 * {@link ConversationInput#messagesBeforeContinueAsNew()} messages, or sooner when the
 * history budget is spent, once every running update handler has finished.
 */
public final class ConversationWorkflowImpl extends DurableRun implements ConversationWorkflow {

  private ConversationInput input;
  private RunState state;
  private AgentLoop loop;
  private boolean busy;
  private boolean ended;
  private int messages;
  private int messagesBefore;

  public ConversationWorkflowImpl(MicroagentsRuntime runtime) {
    super(runtime);
  }

  @Override
  public ConversationSummary run(ConversationInput in) {
    Continuation carried = in.continuation();
    begin(carried, in.agent());
    if (carried != null) {
      state = carried.state();
      messagesBefore = carried.messages();
    }
    this.input = in;
    Workflow.await(() -> ended || !busy && (messages >= in.messagesBeforeContinueAsNew()
        || messages > 0 && HistoryBudget.spent(definition.runtime())));
    Workflow.await(Workflow::isEveryHandlerFinished);
    if (ended) {
      return summary();
    }
    Continuation c = new Continuation(state, recordedOf(state.conversation()), itemsBefore,
        inbox.questionCount(), runsBefore + 1, messagesBefore + messages, definition);
    ContinueAsNew.checkSize(runtime.options(), c, state);
    Workflow.continueAsNew(new ConversationInput(in.agent(), in.options(), c, in.messagesBeforeContinueAsNew()));
    return summary();
  }

  @Override
  public String sendMessage(String message) {
    Workflow.await(() -> input != null && !busy);
    busy = true;
    if (upgradeRequested) { // a safe point: between two messages
      use(takeDefinition(input.agent(), state == null ? input.agent() : state.currentAgent()));
      upgradeRequested = false;
    }
    List<Item> user = List.of(Message.user(message));
    RunState next = state == null ? start(user) : state.continueWith(user);
    WorkflowEffects effects = new WorkflowEffects(definition, inbox, recorded, input.options());
    loop = new AgentLoop(agents, effects, runtime.options().hooks());
    effects.attach(loop);
    try {
      RunResult result = loop.run(next);
      return result.finalOutputText();
    } catch (AgentRunException e) {
      throw RunFailures.toFailure(e);
    } finally {
      effects.recordTail();
      state = compact(loop.state());
      itemsBefore += user.size() + loop.newItemCount();
      messages++;
      loop = null;
      busy = false;
    }
  }

  private RunState start(List<Item> user) {
    RunOptions options = input.options();
    int agentTurns = definition.agent(input.agent()).maxTurns();
    int maxTurns = options.maxTurns() > 0 ? options.maxTurns()
        : agentTurns > 0 ? agentTurns : RunOptions.DEFAULT_MAX_TURNS;
    return RunState.start(input.agent(), user, maxTurns, options);
  }

  /** The conversation without what the history holds already (input, new items, raw responses). */
  private static RunState compact(RunState s) {
    return new RunState(s.currentAgent(), s.currentAgent(), List.of(), List.of(), s.conversation(),
        s.conversation().size(), 0, s.maxTurns(), s.usage(), List.of(), false, s.options());
  }

  private ConversationSummary summary() {
    return new ConversationSummary(messagesBefore + messages, state == null ? input.agent() : state.currentAgent(),
        state == null ? null : state.usage(), itemsBefore, runsBefore + 1);
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
  public void end() {
    ended = true;
  }

  @Override
  boolean idle() {
    return !busy;
  }

  @Override
  public String upgradeDefinition() {
    upgradeRequested = true;
    return "at the next message, with the definition of this worker";
  }

  @Override
  public void validateUpgradeDefinition() {
    validateUpgrade(input == null ? null : input.agent(), state == null ? null : state.currentAgent());
  }

  @Override
  public RunStatus state() {
    RunState s = loop != null && loop.state() != null ? loop.state() : state;
    int items = itemsBefore + (loop == null ? 0 : 1 + loop.newItemCount());
    return Statuses.of(busy ? RunStatus.Phase.RUNNING : RunStatus.Phase.IDLE, inbox, s, items);
  }
}
