package io.microagents.examples.durability;

import io.microagents.model.Model;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.DeltaListener;
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
    return new Model() { // both methods: a lambda would implement call only, and lose the stream
      @Override
      public ModelResponse call(ModelRequest request) {
        log(request);
        return model.call(request);
      }

      @Override
      public ModelResponse stream(ModelRequest request, DeltaListener listener) {
        log(request);
        return model.stream(request, listener);
      }
    };
  }

  private void log(ModelRequest request) {
    synchronized (out) {
      out.println(DurabilityLines.modelCall(request.agent(), request.input().size()));
      out.flush();
    }
  }
}
