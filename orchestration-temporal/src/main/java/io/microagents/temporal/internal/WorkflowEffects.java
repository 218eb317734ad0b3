package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.agent.ToolDefinition;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.loop.AgentEffects;
import io.microagents.loop.AgentLoop;
import io.microagents.loop.ToolInvocation;
import io.microagents.loop.ToolOutcome;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.run.ApprovalDecision;
import io.microagents.run.RunContext;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.run.internal.AgentToolInput;
import io.microagents.temporal.ModelActivity;
import io.microagents.temporal.definition.PolicySnapshot;
import io.microagents.temporal.definition.RunDefinition;
import io.microagents.temporal.definition.ToolSnapshot;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loop's effects inside a workflow. Model calls and function tools are activities (tools
 * concurrently, through {@link Promise#allOf}) — local activities where the run's definition
 * says so (the low-latency mode); agent tools are child workflows; inline tools,
 * guardrails and handoff callbacks run in workflow code (the interface's defaults), so they
 * must be deterministic (a guardrail that needs a model can call {@code Agents.run} from
 * there); people are awaited.
 */
public final class WorkflowEffects implements AgentEffects {

  private final RunDefinition definition;
  private final HumanInbox inbox;
  private final RunOptions options;
  private final RecordedConversation recorded;
  private AgentLoop loop;
  private int recordedItems;
  private ContinueAsNew continueAsNew;
  private final Map<String, ModelActivity> modelStubs = new HashMap<>(); // by "agent · model", the call's summary
  /** Local model calls since the workflow last waited on something that completes its task. */
  private int localCallsInTask;

  /**
   * Local model calls (the low-latency mode) one workflow task may make: their markers are sent
   * when the task completes, in one request that the server caps at 4 MB — a run of local calls
   * only (a local tool between them) would otherwise keep one task open and outgrow it.
   */
  static final int LOCAL_CALLS_PER_TASK = 8;

  /** @param definition the run's definition: the activity policies of its model and tool calls */
  public WorkflowEffects(RunDefinition definition, HumanInbox inbox, RecordedConversation recorded, RunOptions options) {
    this.definition = definition;
    this.inbox = inbox;
    this.options = options;
    this.recorded = recorded;
  }

  /** The loop these effects serve: its new items are what the history must hold. */
  void attach(AgentLoop loop) {
    this.loop = loop;
  }

  /** Lets model calls continue the workflow as new first, when its history has grown. */
  void continueAsNewWith(ContinueAsNew c) {
    this.continueAsNew = c;
  }

  /**
   * Records the items the loop generated after its last model call (the final turn's), which
   * no model call carries: call when the loop stops, with a result or an exception.
   */
  void recordTail() {
    recorded.recordTail(loop.newItemsSince(recordedItems));
    recordedItems = loop.newItemCount();
  }

  @Override
  public ModelResponse callModel(AgentDefinition agent, ModelRequest request) {
    if (recorded.started() && !recorded.continues(request.input())) {
      // A handoff's input filter rewrote the conversation: keep the items it took out.
      recorded.recordDropped(loop.newItemsSince(recordedItems));
      recordedItems = loop.newItemCount();
    }
    if (continueAsNew != null) {
      continueAsNew.ifDue();
    }
    String model = request.model() == null || request.model().isEmpty() ? "default model" : request.model();
    PolicySnapshot policy = definition.agent(agent.name()).modelPolicy();
    if (policy.local() && ++localCallsInTask > LOCAL_CALLS_PER_TASK) {
      Workflow.sleep(Duration.ofMillis(1)); // a timer: the task completes, recording the markers so far
      localCallsInTask = 1;
    }
    if (policy.local()) {
      // The worker that runs this workflow runs the call: it takes the items the request refers to from here
      // (also when replaying: a call retried after this worker took the run over is scheduled by that replay).
      ModelInputResolver.offer(Workflow.getInfo(), recorded.soFar());
    }
    ModelRequest toRecord = recorded.shrink(request);
    recordedItems = loop.newItemCount();
    return modelStubs.computeIfAbsent(agent.name() + " · " + model, summary -> modelStub(policy, summary)).call(toRecord);
  }

  /** The stub of an agent's model calls with one model: built once per run (a proxy and its options). */
  private static ModelActivity modelStub(PolicySnapshot policy, String summary) {
    return policy.local()
        ? Workflow.newLocalActivityStub(ModelActivity.class,
            LocalActivityOptions.newBuilder(policy.toLocalOptions()).setSummary(summary).build())
        : Workflow.newActivityStub(ModelActivity.class,
            ActivityOptions.newBuilder(policy.toOptions()).setSummary(summary).build());
  }

  @Override
  public List<ToolOutcome> runTools(AgentDefinition agent, List<ToolInvocation> invocations) {
    List<Promise<ToolOutcome>> outcomes = new ArrayList<>();
    for (ToolInvocation inv : invocations) {
      outcomes.add(start(agent, inv));
      if (!inv.tool().inline() && !localTool(agent, inv.tool())) {
        localCallsInTask = 0; // waiting on an activity or a child agent completes the task
      }
    }
    Promise.allOf(outcomes).get();
    List<ToolOutcome> results = new ArrayList<>();
    for (Promise<ToolOutcome> p : outcomes) {
      results.add(p.get());
    }
    return results;
  }

  private Promise<ToolOutcome> start(AgentDefinition agent, ToolInvocation inv) {
    ToolDefinition tool = inv.tool();
    ToolCall call = inv.call();
    if (tool.kind() == ToolDefinition.Kind.AGENT) {
      return runAgentTool(tool, call);
    }
    if (tool.inline()) {
      return Workflow.newPromise(ToolOutcomes.inline(tool, call.arguments(), inv.context()));
    }
    PolicySnapshot policy = toolPolicy(agent, tool);
    Promise<String> result = policy.local()
        ? Workflow.newUntypedLocalActivityStub(LocalActivityOptions.newBuilder(policy.toLocalOptions())
            .setSummary(agent.name()).build()).executeAsync(tool.name(), String.class, call.arguments(), inv.context())
        : Workflow.newUntypedActivityStub(ActivityOptions.newBuilder(policy.toOptions()).setSummary(agent.name()).build())
            .executeAsync(tool.name(), String.class, call.arguments(), inv.context());
    return result.handle((output, failure) ->
        failure == null ? ToolOutcome.ok(output) : ToolOutcomes.ofFailure(tool.name(), failure));
  }

  private boolean localTool(AgentDefinition agent, ToolDefinition tool) {
    return tool.kind() == ToolDefinition.Kind.FUNCTION && toolPolicy(agent, tool).local();
  }

  private PolicySnapshot toolPolicy(AgentDefinition agent, ToolDefinition tool) {
    for (ToolSnapshot t : definition.agent(agent.name()).tools()) {
      if (t.name().equals(tool.name()) && t.policy() != null) {
        return t.policy();
      }
    }
    throw new IllegalStateException("The run's definition has no activity policy for tool '" + tool.name() + "'");
  }

  private Promise<ToolOutcome> runAgentTool(ToolDefinition tool, ToolCall call) {
    String input;
    try {
      input = AgentToolInput.of(call.name(), call.arguments());
    } catch (ToolArgumentsException e) {
      return Workflow.newPromise(ToolOutcome.invalidArguments(e.getMessage()));
    }
    RunOptions childOptions = options.toBuilder().maxTurns(0).build();
    return ChildRuns.start(tool.agentTool(), List.of(Message.user(input)), childOptions, null)
        .handle((result, failure) -> failure == null
            ? new ToolOutcome(ToolOutcome.Status.OK, result.finalOutputText(), result.usage())
            : agentFailed(tool.agentTool(), failure));
  }

  private static ToolOutcome agentFailed(String agent, RuntimeException failure) {
    AgentRunException e = RunFailures.fromFailure(failure);
    String message = e != null ? e.getMessage()
        : failure.getCause() instanceof TemporalFailure t ? t.getOriginalMessage() : failure.getMessage();
    ToolOutcome failed = ToolOutcome.failed("Agent '" + agent + "' failed: " + message);
    return e == null || e.state() == null ? failed : new ToolOutcome(failed.status(), failed.output(), e.state().usage());
  }

  @Override
  public ApprovalDecision requestApproval(AgentDefinition agent, ToolCall call, RunContext context) {
    localCallsInTask = 0; // waiting for a person completes the task
    return inbox.approve(agent.name(), call);
  }

  @Override
  public String askHuman(AgentDefinition agent, String question, RunContext context) {
    localCallsInTask = 0;
    return inbox.ask(agent.name(), question);
  }
}
