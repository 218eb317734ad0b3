package io.microagents.testing;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ToolSpec;
import io.microagents.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One scripted model response: messages and tool calls in order (call ids are assigned when
 * played), an error, or a function of the request. Immutable; chain with {@code and…}.
 */
public final class ScriptedStep {

  private sealed interface Part permits Text, Call, Handoff {}

  private record Text(String text, boolean refusal) implements Part {}

  private record Call(String tool, String arguments) implements Part {}

  private record Handoff(String agent, String arguments) implements Part {}

  private final List<Part> parts;
  private final Usage usage;
  private final RuntimeException error;
  private final Function<ModelRequest, ModelResponse> answer;

  private ScriptedStep(List<Part> parts, Usage usage, RuntimeException error,
      Function<ModelRequest, ModelResponse> answer) {
    this.parts = List.copyOf(parts);
    this.usage = usage;
    this.error = error;
    this.answer = answer;
  }

  private static ScriptedStep of(Part part) {
    return new ScriptedStep(List.of(part), Usage.ofRequest(0, 0), null, null);
  }

  /** An assistant message. */
  public static ScriptedStep message(String text) {
    return of(new Text(text, false));
  }

  /** An assistant refusal. */
  public static ScriptedStep refusal(String text) {
    return of(new Text(text, true));
  }

  /** A call of one tool with JSON arguments. */
  public static ScriptedStep toolCall(String tool, String argumentsJson) {
    return of(new Call(tool, argumentsJson));
  }

  /** A handoff to the agent with this name (its {@code transfer_to_…} tool is looked up in the request). */
  public static ScriptedStep handoff(String agent) {
    return of(new Handoff(agent, "{}"));
  }

  /** A handoff with JSON arguments for the handoff's typed input. */
  public static ScriptedStep handoff(String agent, String argumentsJson) {
    return of(new Handoff(agent, argumentsJson));
  }

  /** A failure of the model call. */
  public static ScriptedStep error(RuntimeException error) {
    return new ScriptedStep(List.of(), Usage.EMPTY, error, null);
  }

  /** A response computed from the request. */
  public static ScriptedStep answer(Function<ModelRequest, ModelResponse> answer) {
    return new ScriptedStep(List.of(), Usage.EMPTY, null, answer);
  }

  /** An empty response: no message, no tool call. */
  public static ScriptedStep empty() {
    return new ScriptedStep(List.of(), Usage.ofRequest(0, 0), null, null);
  }

  /** This step followed by a message. */
  public ScriptedStep andMessage(String text) {
    return plus(new Text(text, false));
  }

  /** This step followed by a tool call. */
  public ScriptedStep andToolCall(String tool, String argumentsJson) {
    return plus(new Call(tool, argumentsJson));
  }

  /** This step followed by a handoff. */
  public ScriptedStep andHandoff(String agent) {
    return plus(new Handoff(agent, "{}"));
  }

  /** This step reporting the given token usage. */
  public ScriptedStep withUsage(long inputTokens, long outputTokens) {
    return new ScriptedStep(parts, Usage.ofRequest(inputTokens, outputTokens), error, answer);
  }

  private ScriptedStep plus(Part part) {
    List<Part> all = new ArrayList<>(parts);
    all.add(part);
    return new ScriptedStep(all, usage, error, answer);
  }

  ModelResponse respond(ModelRequest request, Supplier<String> callIds) {
    if (error != null) {
      throw error;
    }
    if (answer != null) {
      return answer.apply(request);
    }
    List<Item> output = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Text t) {
        output.add(t.refusal() ? new Message(Role.ASSISTANT, "", t.text()) : Message.assistant(t.text()));
      } else if (p instanceof Call c) {
        output.add(new ToolCall(callIds.get(), c.tool(), c.arguments()));
      } else if (p instanceof Handoff h) {
        output.add(new ToolCall(callIds.get(), handoffTool(request, h.agent()), h.arguments()));
      }
    }
    return new ModelResponse(output, usage, "scripted");
  }

  private static String handoffTool(ModelRequest request, String agent) {
    String wanted = normalize(agent);
    for (ToolSpec t : request.tools()) {
      if (t.name().startsWith("transfer_to_") && normalize(t.name().substring(12)).equals(wanted)) {
        return t.name();
      }
    }
    return "transfer_to_" + wanted;
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
