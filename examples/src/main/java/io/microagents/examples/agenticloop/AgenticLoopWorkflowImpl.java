package io.microagents.examples.agenticloop;

import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ToolSpec;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.ActivityStub;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop itself. Deterministic: it only decides what to do next from results Temporal
 * recorded; the model call and each tool call are activities, so a restarted worker replays
 * them from history instead of calling again.
 */
public final class AgenticLoopWorkflowImpl implements AgenticLoopWorkflow {

  /** The agent name model requests carry (for logs and the offline script). */
  public static final String AGENT = "agentic_loop";

  static final String INSTRUCTIONS = """
      You are a helpful assistant. Use the tools to answer; to find weather alerts where the \
      user is, get their IP, then its US state, then the alerts. If no tool fits, answer in haiku.""";

  private static final int MAX_TURNS = 10;

  private static final ActivityOptions ACTIVITIES = ActivityOptions.newBuilder()
      .setStartToCloseTimeout(Duration.ofMinutes(1))
      .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofSeconds(1))
          .setBackoffCoefficient(2).setMaximumInterval(Duration.ofSeconds(30)).setMaximumAttempts(5).build())
      .build();

  private final List<ToolSpec> tools;
  private final String model;

  /** A loop offering these tools to this model ({@code null} for the provider's default). */
  public AgenticLoopWorkflowImpl(List<ToolSpec> tools, String model) {
    this.tools = tools;
    this.model = model;
  }

  @Override
  public String run(String question) {
    LoopModelActivity llm = Workflow.newActivityStub(LoopModelActivity.class, ACTIVITIES);
    ActivityStub toolStub = Workflow.newUntypedActivityStub(ACTIVITIES);
    List<Item> conversation = new ArrayList<>(List.of(Message.user(question)));
    for (int turn = 1; turn <= MAX_TURNS; turn++) {
      ModelResponse response = llm.call(new ModelRequest(AGENT, model, INSTRUCTIONS, conversation, tools, null, null));
      conversation.addAll(response.output());
      List<ToolCall> calls = response.output().stream()
          .filter(ToolCall.class::isInstance).map(ToolCall.class::cast).toList();
      if (calls.isEmpty()) {
        return lastAssistantText(response.output());
      }
      List<Promise<String>> results = new ArrayList<>();
      for (ToolCall call : calls) {
        results.add(toolStub.executeAsync(call.name(), String.class, call.arguments()));
      }
      for (int i = 0; i < calls.size(); i++) {
        conversation.add(outputOf(calls.get(i), results.get(i)));
      }
    }
    return "Stopped after " + MAX_TURNS + " turns without an answer.";
  }

  /**
   * A tool's result, or its failure (after the activity's retries) as an error the model
   * reads and can work around, as the framework's loop does: a tool down is not the run's end.
   */
  private static ToolOutput outputOf(ToolCall call, Promise<String> result) {
    try {
      return ToolOutput.of(call.callId(), result.get());
    } catch (ActivityFailure failure) {
      Throwable cause = failure.getCause();
      String why = cause instanceof TemporalFailure t ? t.getOriginalMessage() : failure.getOriginalMessage();
      if (cause instanceof TimeoutFailure) {
        why = "tool " + call.name() + " timed out";
      }
      return new ToolOutput(call.callId(), "Error: " + why, true);
    }
  }

  private static String lastAssistantText(List<Item> output) {
    String text = "";
    for (Item item : output) {
      if (item instanceof Message m) {
        text = m.content();
      }
    }
    return text;
  }
}
