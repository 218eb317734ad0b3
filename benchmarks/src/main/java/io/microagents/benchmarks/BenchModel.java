package io.microagents.benchmarks;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.Model;
import io.microagents.model.ModelProvider;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A model in this JVM, with no network and no latency: it asks for the {@code blob} tool
 * until the conversation holds {@code turns} tool outputs, then answers. A pure function of
 * the request (a retried call gets the same answer), so a benchmark measures the framework,
 * not a model. Calls {@code onCall} with the number of tool outputs seen (the turn).
 */
final class BenchModel implements Model, ModelProvider {

  private final int turns;
  private final int kb;
  private final IntConsumer onCall;

  BenchModel(int turns, int kb, IntConsumer onCall) {
    this.turns = turns;
    this.kb = kb;
    this.onCall = onCall;
  }

  @Override
  public Model model(String name) {
    return this;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    int done = 0;
    for (Item i : request.input()) {
      if (i instanceof ToolOutput) {
        done++;
      }
    }
    onCall.accept(done);
    Item out = done < turns
        ? new ToolCall("call_" + done, "blob", "{\"kb\":" + kb + "}")
        : Message.assistant("done after " + done + " tool calls");
    return new ModelResponse(List.of(out), Usage.ofRequest(10, 5), null);
  }
}
