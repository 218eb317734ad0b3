package io.microagents.temporal.internal;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Item;
import io.microagents.temporal.Continuation;
import io.microagents.temporal.HumanInTheLoop;
import io.microagents.temporal.ModelInputQuery;
import io.microagents.temporal.RunDefinitionControl;
import io.microagents.temporal.Transcript;
import io.microagents.temporal.definition.RunDefinition;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.List;

/**
 * What every durable agent workflow shares: the worker's runtime, the run's definition and
 * the agents built from it, the inbox through which a person answers questions and decides
 * on tool calls, and what of the conversation its history holds. Subclasses add their
 * workflow method and the state query.
 */
abstract class DurableRun implements HumanInTheLoop, ModelInputQuery, RunDefinitionControl {

  final MicroagentsRuntime runtime;
  final HumanInbox inbox = new HumanInbox(null);
  RecordedConversation recorded = new RecordedConversation(true);
  /** What shapes this run's commands, fixed at its start (or its last upgrade). */
  RunDefinition definition;
  /** The run's agents: shapes from {@link #definition}, code from this worker. */
  AgentRegistry agents;
  /** Asked to take this worker's definition at the next safe point. */
  boolean upgradeRequested;
  /** Items before this workflow run (carried across continue-as-new). */
  int itemsBefore;
  /** Workflow runs before this one. */
  int runsBefore;

  DurableRun(MicroagentsRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Goes on from what the previous workflow run carried, or — for a run that starts — takes
   * this worker's definition of the agents it can reach, recorded in the history so that a
   * replay never takes the definition of the code deployed then.
   */
  void begin(Continuation carried, String startingAgent) {
    if (carried == null || carried.definition() == null) {
      // Whether this worker knows the agent is part of what is recorded: a replay on a build
      // without it reads the recorded definition instead of failing differently.
      RunDefinition d = Workflow.sideEffect(RunDefinition.class, () -> runtime.registry().contains(startingAgent)
          ? RunDefinitions.snapshot(runtime.registry(), runtime.options(), startingAgent) : null);
      if (d == null) {
        throw unknownAgent(startingAgent);
      }
      use(listTools(d));
    } else {
      use(carried.definition());
    }
    recorded = new RecordedConversation(definition.runtime().modelInputByReference());
    if (carried != null) {
      recorded.restore(carried.state().conversation(), carried.recorded());
      inbox.continueFrom(carried.questions());
      itemsBefore = carried.items();
      runsBefore = carried.runs();
    }
  }

  /** This worker's definition of these agents and those they reach, recorded in history. */
  RunDefinition takeDefinition(String... agentNames) {
    return listTools(Workflow.sideEffect(RunDefinition.class,
        () -> RunDefinitions.snapshot(runtime.registry(), runtime.options(), agentNames)));
  }

  /**
   * The definition with the tools of its listed agents (MCP servers') as they are now, listed
   * in an activity on the tool queue so the list is recorded; as it is when none is listed.
   */
  private RunDefinition listTools(RunDefinition d) {
    if (d.listed().isEmpty()) {
      return d;
    }
    ActivityOptions.Builder o = ActivityOptions.newBuilder(runtime.options().toolActivity()).setSummary("tool list");
    if (runtime.options().toolTaskQueue() != null) {
      o.setTaskQueue(runtime.options().toolTaskQueue());
    }
    return d.withListed(Workflow.newActivityStub(ToolListActivity.class, o.build()).list(d.listed()));
  }

  /** Runs from now on with this definition. */
  void use(RunDefinition d) {
    definition = d;
    agents = RunDefinitions.registry(d, runtime.registry());
    inbox.timeout(d.runtime().humanTimeout());
  }

  /** How many leading items of this conversation the history holds (0 when it does not go on from them). */
  int recordedOf(List<Item> conversation) {
    return recorded.continues(conversation) ? recorded.recorded() : 0;
  }

  /** The failure of a run that starts with an agent this worker does not have. */
  ApplicationFailure unknownAgent(String agent) {
    return ApplicationFailure.newNonRetryableFailure("Unknown agent '" + agent
        + "'; this worker knows " + Statuses.names(runtime.registry()), "UnknownAgent");
  }

  /** The agents a run now at {@code current} would need this worker to have to take its definition. */
  void validateUpgrade(String... needed) {
    for (String agent : needed) {
      if (agent != null && !runtime.registry().contains(agent)) {
        throw new IllegalStateException("This worker has no agent '" + agent + "', which the run needs: it cannot take "
            + "this worker's definition; it keeps the one it has (" + definition.fingerprint() + ")");
      }
    }
  }

  /** Whether the run has nothing more to do for now (an awaiting person-update returns then). */
  abstract boolean idle();

  @Override
  public io.microagents.temporal.RunStatus awaitPerson() {
    Workflow.await(() -> inbox.waiting() || idle());
    return state();
  }

  @Override
  public RunDefinition definition() {
    return definition;
  }

  @Override
  public Transcript modelInput(int from, int to) {
    return new Transcript(recorded.range(from, to));
  }

  @Override
  public void answer(String questionId, String answer) {
    inbox.answer(questionId, answer);
  }

  @Override
  public void validateAnswer(String questionId, String answer) {
    inbox.validateAnswer(questionId, answer);
  }

  @Override
  public void decide(String callId, boolean approved, String reason) {
    inbox.decide(callId, approved, reason);
  }

  @Override
  public void validateDecide(String callId, boolean approved, String reason) {
    inbox.validateDecision(callId);
  }
}
