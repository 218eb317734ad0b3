package io.microagents.run.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.loop.AgentEffects;
import io.microagents.loop.AgentLoop;
import io.microagents.loop.ToolInvocation;
import io.microagents.loop.ToolOutcome;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.run.AgentRunException;
import io.microagents.run.ApprovalDecision;
import io.microagents.run.HumanHandler;
import io.microagents.run.RunContext;
import io.microagents.run.RunHooks;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.run.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Effects done directly: model calls on the caller's thread, tools in parallel on an executor. */
public final class InProcessEffects implements AgentEffects {

  private final AgentRegistry registry;
  private final ModelProvider models;
  private final ExecutorService executor;
  private final HumanHandler human;
  private final RunHooks hooks;
  private final RunOptions options;

  public InProcessEffects(AgentRegistry registry, ModelProvider models, ExecutorService executor,
      HumanHandler human, RunHooks hooks, RunOptions options) {
    this.registry = registry;
    this.models = models;
    this.executor = executor;
    this.human = human;
    this.hooks = hooks;
    this.options = options;
  }

  /** Runs an agent from a state with these effects. */
  public RunResult run(RunState state) {
    return new AgentLoop(registry, this, hooks).run(state);
  }

  @Override
  public ModelResponse callModel(AgentDefinition agent, ModelRequest request) {
    return models.model(request.model()).call(request);
  }

  @Override
  public List<ToolOutcome> runTools(AgentDefinition agent, List<ToolInvocation> invocations) {
    if (invocations.size() == 1) {
      return List.of(runTool(invocations.get(0)));
    }
    List<Future<ToolOutcome>> futures = new ArrayList<>();
    for (ToolInvocation inv : invocations) {
      futures.add(executor.submit(() -> runTool(inv)));
    }
    List<ToolOutcome> outcomes = new ArrayList<>();
    for (Future<ToolOutcome> f : futures) {
      try {
        outcomes.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while tools ran", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("tool runner failed", e.getCause());
      }
    }
    return outcomes;
  }

  private ToolOutcome runTool(ToolInvocation inv) {
    if (inv.tool().kind() == io.microagents.agent.ToolDefinition.Kind.AGENT) {
      return runAgentTool(inv);
    }
    try {
      return ToolOutcome.ok(inv.tool().invoker().invoke(inv.call().arguments(), inv.context()));
    } catch (ToolArgumentsException e) {
      return ToolOutcome.invalidArguments(e.getMessage());
    } catch (Exception e) {
      return ToolOutcome.failed(ToolErrors.describe(inv.call().name(), e));
    }
  }

  private ToolOutcome runAgentTool(ToolInvocation inv) {
    String input;
    try {
      input = AgentToolInput.of(inv.call().name(), inv.call().arguments());
    } catch (ToolArgumentsException e) {
      return ToolOutcome.invalidArguments(e.getMessage());
    }
    AgentDefinition target = registry.agent(inv.tool().agentTool());
    RunOptions nested = options.toBuilder().maxTurns(0).build();
    int maxTurns = target.maxTurns() > 0 ? target.maxTurns() : RunOptions.DEFAULT_MAX_TURNS;
    try {
      RunResult r = run(RunState.start(target.name(), List.of(Message.user(input)), maxTurns, nested));
      return new ToolOutcome(ToolOutcome.Status.OK, r.finalOutputText(), r.usage());
    } catch (AgentRunException e) {
      ToolOutcome failed = ToolOutcome.failed("Agent '" + target.name() + "' failed: " + e.getMessage());
      return e.state() == null ? failed : new ToolOutcome(failed.status(), failed.output(), e.state().usage());
    }
  }

  @Override
  public ApprovalDecision requestApproval(AgentDefinition agent, ToolCall call, RunContext context) {
    return human.approve(agent.name(), call);
  }

  @Override
  public String askHuman(AgentDefinition agent, String question, RunContext context) {
    return human.answer(agent.name(), question);
  }
}
