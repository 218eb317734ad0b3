package io.microagents.temporal;

import io.microagents.run.RunHooks;
import io.microagents.stream.StreamTransport;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a worker runs agents durably: activity timeouts and retries, where tools run, how long
 * to wait for a person. Immutable; {@link #DEFAULTS} documents every default.
 *
 * <p>Activity options are resolved, later winning: {@link #modelActivity()} or
 * {@link #toolActivity()}; an {@link ActivityPolicy} on the agent class (model calls) or on
 * the tool method; options given here for that agent ({@link Builder#agent}) or tool
 * ({@link Builder#tool}), used as they are.
 */
public final class MicroagentsOptions {

  /**
   * Model calls: 2 minutes per attempt, heartbeat every 2.5 s with a 10 s heartbeat timeout
   * (a worker that dies mid-call is noticed in 10 s, not 2 minutes); retries after 1s,
   * doubling up to 1 minute; 10 attempts. Non-retryable model errors (400, 401, 403, 404,
   * 422) fail at once.
   */
  public static final ActivityOptions DEFAULT_MODEL_ACTIVITY = ActivityOptions.newBuilder()
      .setStartToCloseTimeout(Duration.ofMinutes(2))
      .setHeartbeatTimeout(Duration.ofSeconds(10))
      .setRetryOptions(RetryOptions.newBuilder()
          .setInitialInterval(Duration.ofSeconds(1))
          .setBackoffCoefficient(2.0)
          .setMaximumInterval(Duration.ofMinutes(1))
          .setMaximumAttempts(10)
          .build())
      .build();

  /**
   * Tool calls: 1 minute per attempt, heartbeat timeout 10 s (heartbeats are sent for the
   * tool while it runs); retries after 1s, doubling up to 30 seconds; 5 attempts. Invalid arguments are not retried. A tool that still fails goes back to the
   * model as an error output (see {@code RunOptions.toolErrors}).
   */
  public static final ActivityOptions DEFAULT_TOOL_ACTIVITY = ActivityOptions.newBuilder()
      .setStartToCloseTimeout(Duration.ofMinutes(1))
      .setHeartbeatTimeout(Duration.ofSeconds(10))
      .setRetryOptions(RetryOptions.newBuilder()
          .setInitialInterval(Duration.ofSeconds(1))
          .setBackoffCoefficient(2.0)
          .setMaximumInterval(Duration.ofSeconds(30))
          .setMaximumAttempts(5)
          .build())
      .build();

  /** Default of {@link Builder#continueAsNewAtHistoryBytes}: 8 MiB. */
  public static final long DEFAULT_HISTORY_BYTES = 8L << 20;

  /** Default of {@link Builder#continueAsNewAtHistoryEvents}. */
  public static final int DEFAULT_HISTORY_EVENTS = 8_000;

  /** Default of {@link Builder#payloadLimitBytes}: 2,000,000 bytes, under the server's 2 MiB. */
  public static final int DEFAULT_PAYLOAD_LIMIT = 2_000_000;

  /** The defaults: the activity options above, tools on the workflow's task queue, no human timeout. */
  public static final MicroagentsOptions DEFAULTS = builder().build();

  private final ActivityOptions modelActivity;
  private final ActivityOptions toolActivity;
  private final Map<String, ActivityOptions> agents;
  private final Map<String, ActivityOptions> tools;
  private final String toolTaskQueue;
  private final Duration humanTimeout;
  private final RunHooks hooks;
  private final int turnsBeforeContinueAsNew;
  private final long continueAsNewAtHistoryBytes;
  private final int continueAsNewAtHistoryEvents;
  private final boolean modelInputByReference;
  private final boolean externalStorage;
  private final int payloadLimitBytes;
  private final StreamTransport streams;
  private final LowLatency lowLatency;

  private MicroagentsOptions(Builder b) {
    this.modelActivity = b.modelActivity;
    this.toolActivity = b.toolActivity;
    this.agents = Map.copyOf(b.agents);
    this.tools = Map.copyOf(b.tools);
    this.toolTaskQueue = b.toolTaskQueue;
    this.humanTimeout = b.humanTimeout;
    this.hooks = b.hooks;
    this.turnsBeforeContinueAsNew = b.turnsBeforeContinueAsNew;
    this.continueAsNewAtHistoryBytes = b.continueAsNewAtHistoryBytes;
    this.continueAsNewAtHistoryEvents = b.continueAsNewAtHistoryEvents;
    this.modelInputByReference = b.modelInputByReference;
    this.externalStorage = b.externalStorage;
    this.payloadLimitBytes = b.payloadLimitBytes;
    this.streams = b.streams;
    this.lowLatency = b.lowLatency;
  }

  /** A copy of these options with {@link Builder#externalStorage} set. */
  public MicroagentsOptions withExternalStorage(boolean on) {
    Builder b = toBuilder();
    b.externalStorage = on;
    return b.build();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.modelActivity = modelActivity;
    b.toolActivity = toolActivity;
    b.agents.putAll(agents);
    b.tools.putAll(tools);
    b.toolTaskQueue = toolTaskQueue;
    b.humanTimeout = humanTimeout;
    b.hooks = hooks;
    b.turnsBeforeContinueAsNew = turnsBeforeContinueAsNew;
    b.continueAsNewAtHistoryBytes = continueAsNewAtHistoryBytes;
    b.continueAsNewAtHistoryEvents = continueAsNewAtHistoryEvents;
    b.modelInputByReference = modelInputByReference;
    b.externalStorage = externalStorage;
    b.payloadLimitBytes = payloadLimitBytes;
    b.streams = streams;
    b.lowLatency = lowLatency;
    return b;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Base options of model-call activities. */
  public ActivityOptions modelActivity() { return modelActivity; }

  /** Base options of tool-call activities. */
  public ActivityOptions toolActivity() { return toolActivity; }

  /** Options of one agent's model calls, or {@code null}. */
  public ActivityOptions agent(String agentName) { return agents.get(agentName); }

  /** Options of one tool's calls, or {@code null}. */
  public ActivityOptions tool(String toolName) { return tools.get(toolName); }

  /** The task queue tool activities go to; {@code null} for the workflow's own. */
  public String toolTaskQueue() { return toolTaskQueue; }

  /** How long a run waits for an answer or a decision; {@code null} waits forever. */
  public Duration humanTimeout() { return humanTimeout; }

  /** Callbacks at the loop's milestones, or {@code null}; they run in workflow code (and on replay). */
  public RunHooks hooks() { return hooks; }

  /** Model calls per {@link AgentWorkflow} run before it continues as new; 0 when the history budget says so. */
  public int turnsBeforeContinueAsNew() { return turnsBeforeContinueAsNew; }

  /** History size (bytes) of a workflow run past which it continues as new at the next safe point. */
  public long continueAsNewAtHistoryBytes() { return continueAsNewAtHistoryBytes; }

  /** History length (events) of a workflow run past which it continues as new at the next safe point. */
  public int continueAsNewAtHistoryEvents() { return continueAsNewAtHistoryEvents; }

  /** Whether the worker's client moves large payloads to External Storage (see {@link Builder#externalStorage}). */
  public boolean externalStorage() { return externalStorage; }

  /** The largest payload a run records when there is no External Storage (see {@link Builder#payloadLimitBytes}). */
  public int payloadLimitBytes() { return payloadLimitBytes; }

  /** Where model calls publish their output as it arrives; {@code null}: they do not stream. */
  public StreamTransport streams() { return streams; }

  /** Whether model calls record only the conversation's new items (see {@link Builder#modelInputByReference}). */
  public boolean modelInputByReference() { return modelInputByReference; }

  /** Which calls are local activities; {@link LowLatency#OFF} by default. */
  public LowLatency lowLatency() { return lowLatency; }

  /** Builds {@link MicroagentsOptions}. */
  public static final class Builder {
    private ActivityOptions modelActivity = DEFAULT_MODEL_ACTIVITY;
    private ActivityOptions toolActivity = DEFAULT_TOOL_ACTIVITY;
    private final Map<String, ActivityOptions> agents = new LinkedHashMap<>();
    private final Map<String, ActivityOptions> tools = new LinkedHashMap<>();
    private String toolTaskQueue;
    private Duration humanTimeout;
    private RunHooks hooks;
    private int turnsBeforeContinueAsNew;
    private long continueAsNewAtHistoryBytes = DEFAULT_HISTORY_BYTES;
    private int continueAsNewAtHistoryEvents = DEFAULT_HISTORY_EVENTS;
    private boolean modelInputByReference = true;
    private boolean externalStorage;
    private int payloadLimitBytes = DEFAULT_PAYLOAD_LIMIT;
    private StreamTransport streams;
    private LowLatency lowLatency = LowLatency.OFF;

    private Builder() {}

    /** Base options of every model call. */
    public Builder modelActivity(ActivityOptions v) { this.modelActivity = v; return this; }

    /** Base options of every tool call. */
    public Builder toolActivity(ActivityOptions v) { this.toolActivity = v; return this; }

    /** Options of one agent's model calls, used as given. */
    public Builder agent(String agentName, ActivityOptions v) { this.agents.put(agentName, v); return this; }

    /** Options of one tool's calls, used as given (the tool task queue still applies). */
    public Builder tool(String toolName, ActivityOptions v) { this.tools.put(toolName, v); return this; }

    /** Runs tool activities on this task queue, served by a tools-only worker. */
    public Builder toolTaskQueue(String v) { this.toolTaskQueue = v; return this; }

    /** How long to wait for a person before giving up (a rejection, or a "no answer" output). */
    public Builder humanTimeout(Duration v) { this.humanTimeout = v; return this; }

    /**
     * Callbacks at the loop's milestones. They run in workflow code, again on every replay:
     * keep them free of I/O that matters (use {@code Workflow.isReplaying()} to log once).
     */
    public Builder hooks(RunHooks v) { this.hooks = v; return this; }

    /**
     * Continues a long agent run as new, carrying its state, before every this many model
     * calls; 0 (the default) when the server suggests it or the history passes
     * {@link #continueAsNewAtHistoryBytes} or {@link #continueAsNewAtHistoryEvents}.
     */
    public Builder turnsBeforeContinueAsNew(int v) { this.turnsBeforeContinueAsNew = v; return this; }

    /**
     * Continues a run (or a conversation) as new before its next model call (or message)
     * once its workflow run's history is this large; default {@value #DEFAULT_HISTORY_BYTES}
     * bytes, well under the server's 50 MB limit. The server's own suggestion counts too.
     */
    public Builder continueAsNewAtHistoryBytes(long v) { this.continueAsNewAtHistoryBytes = v; return this; }

    /**
     * Continues a run (or a conversation) as new before its next model call (or message)
     * once its workflow run's history has this many events; default
     * {@value #DEFAULT_HISTORY_EVENTS}, well under the server's 51,200.
     */
    public Builder continueAsNewAtHistoryEvents(int v) { this.continueAsNewAtHistoryEvents = v; return this; }

    /**
     * Tells the runtime that the worker's {@code WorkflowClient} has External Storage
     * ({@code WorkflowClientOptions.setExternalStorage}), which moves payloads over its
     * threshold to a store and keeps a reference in history, so a run may record payloads of
     * any size. {@code MicroagentsEnvironment}, {@code MicroagentsTestExtension} and
     * {@code MicroagentsWorker.register(WorkerFactory, …)} set it from the client. Off (the
     * default for a worker you register yourself): a run that would record a payload over
     * {@link #payloadLimitBytes} fails with {@code PayloadTooLargeException} instead.
     */
    public Builder externalStorage(boolean v) { this.externalStorage = v; return this; }

    /**
     * The largest payload a run records when there is no External Storage; default
     * {@value #DEFAULT_PAYLOAD_LIMIT} bytes, under the server's 2 MiB blob limit. Tool
     * outputs and model responses over it fail their activity without retries, naming the
     * size and the fix; a run result or continue-as-new state over it fails the run.
     */
    public Builder payloadLimitBytes(int v) { this.payloadLimitBytes = v; return this; }

    /**
     * Record in each model call's activity input only the items added since the workflow's
     * previous model call, plus a reference (count and SHA-256) to the ones before; the
     * activity resolves them from the worker's cache, or else by querying the workflow. History
     * then grows with the conversation, not with its square. On by default; turn it off to see
     * every call's full input in the history. Changing it while runs are open makes their
     * replay fail: set it once.
     */
    public Builder modelInputByReference(boolean v) { this.modelInputByReference = v; return this; }

    /**
     * Model calls stream (the model's {@code stream} method) and publish their deltas to this
     * transport, keyed by the workflow id, for {@code AgentClient.events} to read. Only the
     * finished response is recorded in history, as without streaming. Workers and clients
     * need the same transport: {@code InJvmStreamTransport} in one process, a broker across
     * processes. Default: none, model calls do not stream.
     */
    public Builder streams(StreamTransport v) { this.streams = v; return this; }

    /** Which calls run as local activities (see {@link LowLatency}); off by default. */
    public Builder lowLatency(LowLatency v) { this.lowLatency = v == null ? LowLatency.OFF : v; return this; }

    public MicroagentsOptions build() {
      return new MicroagentsOptions(this);
    }
  }
}
