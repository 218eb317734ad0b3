package io.microagents.run;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.model.ModelProvider;
import io.microagents.run.internal.InProcessEffects;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs agents in-process: model calls on the calling thread, the tools of one model
 * response in parallel on an executor. The same loop runs durably in orchestration-temporal.
 *
 * <pre>{@code
 * Runner runner = Runner.builder()
 *     .registry(AgentRegistry.of(WeatherAgent.class))
 *     .models(new OpenAiModelProvider(OpenAiOptions.fromEnv()))
 *     .build();
 * RunResult result = runner.run(WeatherAgent.class, "Any weather alerts where I am?");
 * }</pre>
 */
public final class Runner {

  private final AgentRegistry registry;
  private final ModelProvider models;
  private final ExecutorService executor;
  private final HumanHandler human;
  private final RunHooks hooks;

  private Runner(Builder b) {
    this.registry = Objects.requireNonNull(b.registry, "registry");
    registry.checkMcpToolsAttached();
    this.models = Objects.requireNonNull(b.models, "models");
    this.executor = b.executor != null ? b.executor : SharedExecutor.INSTANCE;
    this.human = b.human != null ? b.human : HumanHandler.NONE;
    this.hooks = b.hooks != null ? b.hooks : RunHooks.NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs an agent on a user message, with default options. */
  public RunResult run(Class<?> agent, String input) {
    return run(registry.nameOf(agent), List.of(Message.user(input)), RunOptions.DEFAULTS);
  }

  /** Runs an agent on a user message. */
  public RunResult run(Class<?> agent, String input, RunOptions options) {
    return run(registry.nameOf(agent), List.of(Message.user(input)), options);
  }

  /** Runs the named agent on input items. */
  public RunResult run(String agent, List<Item> input, RunOptions options) {
    RunOptions opts = options == null ? RunOptions.DEFAULTS : options;
    AgentDefinition def = registry.agent(agent);
    int maxTurns = opts.maxTurns() > 0 ? opts.maxTurns()
        : def.maxTurns() > 0 ? def.maxTurns() : RunOptions.DEFAULT_MAX_TURNS;
    return resume(RunState.start(def.name(), input, maxTurns, opts));
  }

  /** Runs from a saved state, e.g. one carried by an exception or stored between requests. */
  public RunResult resume(RunState state) {
    return new InProcessEffects(registry, models, executor, human, hooks, state.options()).run(state);
  }

  /** The agents this runner knows. */
  public AgentRegistry registry() {
    return registry;
  }

  /** Builds a {@link Runner}. */
  public static final class Builder {
    private AgentRegistry registry;
    private ModelProvider models;
    private ExecutorService executor;
    private HumanHandler human;
    private RunHooks hooks;

    /** The agents (required). */
    public Builder registry(AgentRegistry v) { this.registry = v; return this; }

    /** Resolves model names (required). */
    public Builder models(ModelProvider v) { this.models = v; return this; }

    /** Runs parallel tool calls; the default is a shared pool of daemon threads. */
    public Builder executor(ExecutorService v) { this.executor = v; return this; }

    /** Answers approvals and questions; the default refuses them. */
    public Builder human(HumanHandler v) { this.human = v; return this; }

    /** Callbacks at the loop's milestones. */
    public Builder hooks(RunHooks v) { this.hooks = v; return this; }

    public Runner build() {
      return new Runner(this);
    }
  }

  private static final class SharedExecutor {
    static final ExecutorService INSTANCE = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "microagents-tool");
      t.setDaemon(true);
      return t;
    });
  }
}
