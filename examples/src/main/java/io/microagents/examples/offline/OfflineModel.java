package io.microagents.examples.offline;

import io.microagents.model.Model;
import io.microagents.model.ModelException;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import io.microagents.testing.ScriptedDeltas;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model of offline runs: answers each request with the {@link AgentScript} of the
 * agent that asks. Unlike a {@code ScriptedModel} queue it never runs out, so a worker
 * started with it serves any number of runs. Answers every model name.
 */
public final class OfflineModel implements Model, ModelProvider {

  private final Map<String, AgentScript> scripts;
  private final Duration pace;

  /** A model playing these scripts, by agent name; streaming at once. */
  public OfflineModel(Map<String, AgentScript> scripts) {
    this(scripts, Duration.ZERO);
  }

  /** A model playing these scripts, streaming a word every {@code pace} (as a real model would, for the terminal). */
  public OfflineModel(Map<String, AgentScript> scripts, Duration pace) {
    this.scripts = Map.copyOf(new LinkedHashMap<>(scripts));
    this.pace = pace;
  }

  /** The same scripts streamed at another pace. */
  public OfflineModel paced(Duration newPace) {
    return new OfflineModel(scripts, newPace);
  }

  @Override
  public Model model(String name) {
    return this;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    AgentScript script = scripts.get(request.agent());
    if (script == null) {
      throw new ModelException("Offline model has no script for agent '" + request.agent()
          + "'; scripted agents: " + scripts.keySet(), 0, false, null, null);
    }
    return script.reply(request);
  }

  /** The scripted reply, its text and tool arguments streamed word by word first. */
  @Override
  public ModelResponse stream(ModelRequest request, DeltaListener listener) {
    ModelResponse response = call(request);
    for (ModelDelta delta : ScriptedDeltas.of(response)) {
      if (!pace.isZero()) {
        try {
          Thread.sleep(pace.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ModelException("Interrupted while streaming", 0, true, null, e);
        }
      }
      listener.onDelta(delta);
    }
    return response;
  }
}
