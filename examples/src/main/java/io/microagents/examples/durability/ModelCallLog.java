package io.microagents.examples.durability;

import io.microagents.model.Model;
import io.microagents.model.ModelProvider;
import java.io.PrintStream;

/**
 * Wraps a worker's models to print a line per call actually made — replayed calls come
 * from history and print nothing — so another process can count them.
 */
public final class ModelCallLog implements ModelProvider {

  private final ModelProvider models;
  private final PrintStream out;

  /** Logs the calls of these models to {@code out}. */
  public ModelCallLog(ModelProvider models, PrintStream out) {
    this.models = models;
    this.out = out;
  }

  @Override
  public Model model(String name) {
    Model model = models.model(name);
    return request -> {
      synchronized (out) {
        out.println(DurabilityLines.modelCall(request.agent(), request.input().size()));
        out.flush();
      }
      return model.call(request);
    };
  }
}
