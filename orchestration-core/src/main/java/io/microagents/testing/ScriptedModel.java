package io.microagents.testing;

import io.microagents.model.Model;
import io.microagents.model.ModelException;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import io.microagents.stream.internal.GuardedListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A model that plays a script: a queue of steps, each a response (messages, tool calls, a
 * handoff), an error, or a function of the request. Records every request. An unexpected
 * call fails (no step left); {@link #assertAllConsumed()} fails on steps left over.
 *
 * <p>Steps go to one shared queue, or to a queue per agent with {@link #forAgent(String)} —
 * useful when agents run in parallel and the order of their calls is not fixed. Thread-safe;
 * also a {@link ModelProvider} that answers every model name with itself.
 *
 * <p>{@link #stream} plays the same step and streams its output as deltas (text word by word,
 * tool-call arguments in pieces) before returning the response {@link #call} would, so a run
 * with live output is tested with the same script; {@link #chunkDelay(Duration)} paces the
 * deltas for demos.
 */
public final class ScriptedModel implements Model, ModelProvider {

  private final Script shared = new Script(this, null);
  private final Map<String, Script> byAgent = new LinkedHashMap<>();
  private final List<ModelRequest> requests = new ArrayList<>();
  private int callIds;
  private volatile Duration chunkDelay = Duration.ZERO;

  /** Adds a step to the shared queue. */
  public ScriptedModel then(ScriptedStep step) {
    shared.then(step);
    return this;
  }

  /** Adds a step answering with one assistant message. */
  public ScriptedModel thenMessage(String text) {
    return then(ScriptedStep.message(text));
  }

  /** Adds a step calling one tool with JSON arguments. */
  public ScriptedModel thenToolCall(String tool, String argumentsJson) {
    return then(ScriptedStep.toolCall(tool, argumentsJson));
  }

  /** Adds a step handing off to an agent (by agent name). */
  public ScriptedModel thenHandoff(String agent) {
    return then(ScriptedStep.handoff(agent));
  }

  /** Adds a step that fails with this exception. */
  public ScriptedModel thenError(RuntimeException error) {
    return then(ScriptedStep.error(error));
  }

  /** Adds a step computed from the request. */
  public ScriptedModel thenAnswer(Function<ModelRequest, ModelResponse> answer) {
    return then(ScriptedStep.answer(answer));
  }

  /** The queue of steps for calls made by one agent. */
  public synchronized Script forAgent(String agent) {
    return byAgent.computeIfAbsent(agent, a -> new Script(this, a));
  }

  @Override
  public Model model(String name) {
    return this;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    ScriptedStep step;
    int number;
    synchronized (this) {
      requests.add(request);
      number = requests.size();
      Script script = byAgent.get(request.agent());
      step = script != null && !script.steps.isEmpty() ? script.steps.poll() : shared.steps.poll();
    }
    if (step == null) {
      throw new ModelException("ScriptedModel: unexpected model call #" + number + " by agent '"
          + request.agent() + "': no scripted step left", 0, false, null, null);
    }
    return step.respond(request, this::nextCallId);
  }

  /**
   * Plays the next step as {@link #call} does, then streams the response's output to the
   * listener: messages' text and refusals word by word as {@code TEXT} and {@code REFUSAL}
   * deltas, tool calls' arguments in pieces as {@code TOOL_ARGUMENTS} deltas naming the call
   * and the tool, reasoning summaries as {@code REASONING}; and returns that same response. A
   * step that fails fails before any delta. A listener that throws does not fail the call.
   */
  @Override
  public ModelResponse stream(ModelRequest request, DeltaListener listener) {
    ModelResponse response = call(request);
    GuardedListener guarded = GuardedListener.of(listener, "ScriptedModel stream");
    Duration delay = chunkDelay;
    boolean first = true;
    for (ModelDelta delta : ScriptedDeltas.of(response)) {
      if (!first && !delay.isZero()) {
        delay = pause(delay);
      }
      first = false;
      guarded.onDelta(delta);
    }
    guarded.finish();
    return response;
  }

  /**
   * Pauses {@code delay} before each streamed delta after the first, so a demo shows the text
   * arriving; zero (the default) streams at once.
   */
  public ScriptedModel chunkDelay(Duration delay) {
    if (Objects.requireNonNull(delay, "delay").isNegative()) {
      throw new IllegalArgumentException("chunk delay must not be negative, got " + delay);
    }
    this.chunkDelay = delay;
    return this;
  }

  /** Waits {@code delay}; once interrupted, keeps the interrupt and streams the rest at once. */
  private static Duration pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
      return delay;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Duration.ZERO;
    }
  }

  private synchronized String nextCallId() {
    return "call_" + (++callIds);
  }

  /** Every request received, in order. */
  public synchronized List<ModelRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests made by one agent, in order. */
  public synchronized List<ModelRequest> requests(String agent) {
    return requests.stream().filter(r -> agent.equals(r.agent())).toList();
  }

  /** Steps not yet played. */
  public synchronized int remaining() {
    int n = shared.steps.size();
    for (Script s : byAgent.values()) {
      n += s.steps.size();
    }
    return n;
  }

  /** Fails when steps are left: the run made fewer model calls than scripted. */
  public synchronized void assertAllConsumed() {
    if (remaining() > 0) {
      throw new AssertionError("ScriptedModel: " + remaining() + " scripted step(s) never played after "
          + requests.size() + " call(s)");
    }
  }

  /** One queue of steps: the shared one, or one agent's. */
  public static final class Script {
    private final ScriptedModel owner;
    private final String agent;
    private final Deque<ScriptedStep> steps = new ArrayDeque<>();

    private Script(ScriptedModel owner, String agent) {
      this.owner = owner;
      this.agent = agent;
    }

    /** Adds a step to this queue. */
    public Script then(ScriptedStep step) {
      synchronized (owner) {
        steps.add(step);
      }
      return this;
    }

    /** Adds the same step {@code times} times. */
    public Script repeat(int times, ScriptedStep step) {
      for (int i = 0; i < times; i++) {
        then(step);
      }
      return this;
    }

    public Script thenMessage(String text) {
      return then(ScriptedStep.message(text));
    }

    public Script thenToolCall(String tool, String argumentsJson) {
      return then(ScriptedStep.toolCall(tool, argumentsJson));
    }

    public Script thenHandoff(String targetAgent) {
      return then(ScriptedStep.handoff(targetAgent));
    }

    /** The agent this queue serves, or {@code null} for the shared queue. */
    public String agent() {
      return agent;
    }
  }
}
