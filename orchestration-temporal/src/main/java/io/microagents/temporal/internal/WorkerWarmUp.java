package io.microagents.temporal.internal;

import io.microagents.agent.AgentDefinition;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.loop.AgentLoop;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ModelSettings;
import io.microagents.model.ToolSpec;
import io.microagents.model.Usage;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.RunSummary;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads, on a daemon thread while the worker connects to Temporal, what its first workflow
 * task would otherwise load on the workflow thread (where more than a second without yielding
 * is reported as a potential deadlock and fails the task): the data converter's serializers
 * for the records that cross the workflow boundary — a run's input, its definition, a model
 * request and response, a run's summary — and the classes of the agent loop. It never runs
 * workflow code: it converts values to payloads and back, and loads classes.
 */
public final class WorkerWarmUp {

  private static final System.Logger LOG = System.getLogger(WorkerWarmUp.class.getName());

  /** The workflow side's classes: loaded and initialised (none has static state of its own). */
  private static final List<Class<?>> CLASSES = List.of(AgentWorkflowImpl.class, ConversationWorkflowImpl.class,
      DurableRun.class, RecordedConversation.class, HumanInbox.class, WorkflowEffects.class, ContinueAsNew.class,
      HistoryBudget.class, ItemsMarker.class, ActivityPolicies.class, AgentLoop.class, RunResult.class);

  /** The loop's package-private classes, by name. */
  private static final List<String> LOOP_CLASSES = List.of("io.microagents.loop.TurnRunner",
      "io.microagents.loop.LoopState");

  private WorkerWarmUp() {}

  /** Starts the warm-up for this runtime's agents and this converter on a daemon thread. */
  public static void start(MicroagentsRuntime runtime, DataConverter converter) {
    Thread t = new Thread(() -> run(runtime, converter), "microagents-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Runs the warm-up here; whether every value went through the converter (it never throws). */
  static boolean run(MicroagentsRuntime runtime, DataConverter converter) {
    try {
      for (Class<?> c : CLASSES) {
        Class.forName(c.getName(), true, c.getClassLoader());
      }
      for (String name : LOOP_CLASSES) {
        Class.forName(name, true, AgentLoop.class.getClassLoader());
      }
      boolean all = true;
      for (Object value : values(runtime)) {
        all &= roundTrip(converter, value);
      }
      return all;
    } catch (Exception | LinkageError e) {
      LOG.log(System.Logger.Level.DEBUG, "worker warm-up stopped: " + e); // only a missed head start
      return false;
    }
  }

  /** A value of each record the first run of the first agent sends through the converter. */
  static List<Object> values(MicroagentsRuntime runtime) {
    List<Item> items = List.of(Message.user("warm up"), new ToolCall("call_warm", "warm", "{\"q\":\"x\"}"),
        ToolOutput.of("call_warm", "ok"), Message.assistant("ok"));
    Usage usage = new Usage(1, 1, 1, 2);
    List<Object> values = new ArrayList<>();
    String agent = "warm-up";
    for (AgentDefinition a : runtime.registry().agents()) {
      agent = a.name();
      values.add(RunDefinitions.snapshot(runtime.registry(), runtime.options(), agent));
      break;
    }
    values.add(new AgentRunInput(agent, items, RunOptions.builder().maxTurns(2).build(), null));
    values.add(new ModelRequest(agent, "", "Warm up.", items, List.of(new ToolSpec("warm", "Warms up.",
        Json.parse("{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}}}"), true)), null,
        ModelSettings.DEFAULT));
    values.add(new ModelResponse(items, usage, "resp_warm"));
    values.add(new RunSummary(Json.parse("\"ok\""), agent, usage, 1, items.size(), 1));
    return values;
  }

  private static boolean roundTrip(DataConverter converter, Object value) {
    try {
      Payload p = converter.toPayload(value).orElseThrow();
      Object back = converter.fromPayload(p, value.getClass(), value.getClass());
      return back != null;
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "worker warm-up: " + value.getClass().getSimpleName() + " skipped: " + e);
      return false;
    }
  }
}
