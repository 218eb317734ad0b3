package io.microagents.examples;

import io.microagents.examples.web.WebEndpoints;
import io.microagents.openai.OpenAiOptions;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to open an {@link ExampleSession}: offline or online, which model and Temporal
 * service, the answers given in advance, and where output goes. Immutable; built with
 * {@link #builder(PrintStream)}.
 */
public final class SessionSettings {

  private final boolean offline;
  private final String model;
  private final OpenAiOptions openAi;
  private final WebEndpoints web;
  private final TemporalTarget temporal;
  private final List<String> answers;
  private final PrintStream out;
  private final BufferedReader terminal;
  private final boolean runWorker;
  private final TaskQueues taskQueues;
  private final Duration offlinePace;
  private final String redis;
  private final boolean lowLatency;
  private final boolean trace;

  private SessionSettings(Builder b) {
    this.offline = b.offline;
    this.model = b.model;
    this.openAi = b.openAi;
    this.web = b.web;
    this.temporal = b.temporal == null ? TemporalTarget.EMBEDDED : b.temporal;
    this.answers = List.copyOf(b.answers);
    this.out = Objects.requireNonNull(b.out, "out");
    this.terminal = b.terminal;
    this.runWorker = b.runWorker;
    this.offlinePace = b.offlinePace;
    this.redis = b.redis;
    this.lowLatency = b.lowLatency;
    this.trace = b.trace;
    this.taskQueues = b.taskQueue == null || b.taskQueue.isBlank() ? TaskQueues.forMode(offline) : new TaskQueues(b.taskQueue);
  }

  /** Settings printing to {@code out}: offline, embedded server, a worker, no answers, nobody at a terminal. */
  public static Builder builder(PrintStream out) {
    return new Builder(out);
  }

  /** Scripted model and recorded web data instead of OpenAI and the live web. */
  public boolean offline() { return offline; }

  /** A model name for every agent, or {@code null} for the provider's default. */
  public String model() { return model; }

  /** How to reach OpenAI online; {@code null} takes the environment ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}). */
  public OpenAiOptions openAi() { return openAi; }

  /** The web APIs online; {@code null} takes {@link WebEndpoints#fromEnv()}. Offline, a local fake always serves them. */
  public WebEndpoints web() { return web; }

  /** The Temporal service. */
  public TemporalTarget temporal() { return temporal; }

  /** Answers to people's questions given in advance, used in order. */
  public List<String> answers() { return answers; }

  /** Where steps and results are printed. */
  public PrintStream out() { return out; }

  /** Where further answers are read, or {@code null} when nobody is there. */
  public BufferedReader terminal() { return terminal; }

  /** Whether this process runs a worker (false for a client-only {@code start}). */
  public boolean runWorker() { return runWorker; }

  /** The task queues this session's workers poll and its workflows are started on. */
  public TaskQueues taskQueues() { return taskQueues; }

  /** Builds {@link SessionSettings}. */
  /** How fast the offline model streams: a word every this long (zero: at once). */
  public Duration offlinePace() { return offlinePace; }

  /** The Redis the model's streamed output goes through between processes ({@code redis://host:port}), or {@code null}. */
  public String redis() { return redis; }

  /** Whether the worker runs every model call as a local activity (the low-latency mode). */
  public boolean lowLatency() { return lowLatency; }

  /** Whether the session keeps its runs' OpenTelemetry spans in memory ({@link ExampleSession#trace()}). */
  public boolean trace() { return trace; }

  public static final class Builder {
    private boolean trace;
    private boolean offline = true;
    private String model;
    private OpenAiOptions openAi;
    private WebEndpoints web;
    private TemporalTarget temporal;
    private List<String> answers = List.of();
    private final PrintStream out;
    private BufferedReader terminal;
    private boolean runWorker = true;
    private String taskQueue;
    private Duration offlinePace = Duration.ZERO;
    private String redis;
    private boolean lowLatency;

    private Builder(PrintStream out) {
      this.out = out;
    }

    public Builder offline(boolean v) { this.offline = v; return this; }
    public Builder model(String v) { this.model = v; return this; }
    public Builder openAi(OpenAiOptions v) { this.openAi = v; return this; }
    public Builder web(WebEndpoints v) { this.web = v; return this; }
    public Builder temporal(TemporalTarget v) { this.temporal = v; return this; }
    public Builder answers(List<String> v) { this.answers = v == null ? List.of() : v; return this; }
    public Builder terminal(BufferedReader v) { this.terminal = v; return this; }
    public Builder runWorker(boolean v) { this.runWorker = v; return this; }
    /** The agents' task queue; {@code null} for the mode's default ({@link TaskQueues#forMode}). */
    public Builder taskQueue(String v) { this.taskQueue = v; return this; }

    /** How fast the offline model streams (default: at once). */
    public Builder offlinePace(Duration v) { this.offlinePace = v; return this; }
    /** Stream through this Redis ({@code redis://host:port}) instead of in memory. */
    public Builder redis(String v) { this.redis = v; return this; }

    /** Run every model call as a local activity (the low-latency mode). */
    public Builder lowLatency(boolean v) { this.lowLatency = v; return this; }
    /** Trace this session's runs in memory (default: no). */
    public Builder trace(boolean v) { this.trace = v; return this; }

    public SessionSettings build() {
      return new SessionSettings(this);
    }
  }
}
