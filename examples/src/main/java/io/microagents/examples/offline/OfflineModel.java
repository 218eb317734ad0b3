package io.microagents.examples.offline;

import io.microagents.model.Model;
import io.microagents.model.ModelException;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model of offline runs: answers each request with the {@link AgentScript} of the
 * agent that asks. Unlike a {@code ScriptedModel} queue it never runs out, so a worker
 * started with it serves any number of runs. Answers every model name.
 */
public final class OfflineModel implements Model, ModelProvider {

  private final Map<String, AgentScript> scripts;

  /** A model playing these scripts, by agent name. */
  public OfflineModel(Map<String, AgentScript> scripts) {
    this.scripts = Map.copyOf(new LinkedHashMap<>(scripts));
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
}
