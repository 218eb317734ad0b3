package io.microagents.temporal.events;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.model.Model;
import io.microagents.model.ModelException;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import io.microagents.testing.ScriptedModel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted model that streams: each message's text goes to the listener in pieces of three
 * characters, then the scripted response is returned. {@link #failFirstStreamAfter} makes the
 * first streamed call fail (retryable) after that much text, as a dropped connection would.
 */
final class StreamingScript implements Model, ModelProvider {

  final ScriptedModel script;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile String partial = "";

  StreamingScript(ScriptedModel script) {
    this.script = script;
  }

  StreamingScript failFirstStreamAfter(String partialText) {
    this.partial = partialText;
    failuresLeft.set(1);
    return this;
  }

  @Override
  public Model model(String name) {
    return this;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    return script.call(request);
  }

  @Override
  public ModelResponse stream(ModelRequest request, DeltaListener listener) {
    if (failuresLeft.getAndDecrement() > 0) {
      listener.onDelta(ModelDelta.text(partial));
      throw new ModelException("connection reset mid-stream", 0, true, Duration.ZERO, null);
    }
    ModelResponse response = script.call(request);
    for (Item item : response.output()) {
      if (item instanceof Message m && m.content() != null) {
        String text = m.content();
        for (int i = 0; i < text.length(); i += 3) {
          listener.onDelta(ModelDelta.text(text.substring(i, Math.min(text.length(), i + 3))));
        }
      }
    }
    return response;
  }
}
