package io.microagents.examples.steps;

import io.microagents.examples.StepPrinter;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.ModelActivity;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.converter.DataConverter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns one workflow's history events into the example's step lines: the agent, each model
 * call, each tool call with its arguments and result, handoffs (the agent of consecutive
 * model calls changes), children started and finished, updates (a person's answers).
 */
final class HistoryEventPrinter {

  private final String prefix;
  private final DataConverter converter;
  private final StepPrinter printer;
  private final Consumer<String> followChild;
  private final Map<Long, String> scheduled = new HashMap<>();
  private String agent;

  HistoryEventPrinter(String workflowId, DataConverter converter, StepPrinter printer, Consumer<String> followChild) {
    int slash = workflowId.lastIndexOf('/');
    this.prefix = slash < 0 ? "" : "[" + workflowId.substring(slash + 1) + "] ";
    this.converter = converter;
    this.printer = printer;
    this.followChild = followChild;
  }

  /** Prints one event; returns true when the workflow has closed. */
  boolean print(HistoryEvent e) {
    switch (e.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> started(e);
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> activityScheduled(e);
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
        String name = scheduled.get(e.getActivityTaskCompletedEventAttributes().getScheduledEventId());
        if (name != null && !isModel(name)) {
          step("  " + name + " -> " + StepPrinter.shorten(decode(e.getActivityTaskCompletedEventAttributes().getResult(), String.class)));
        }
      }
      case EVENT_TYPE_ACTIVITY_TASK_FAILED -> step("  " + scheduled.get(e.getActivityTaskFailedEventAttributes().getScheduledEventId())
          + " failed: " + e.getActivityTaskFailedEventAttributes().getFailure().getMessage());
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT -> step("  " + scheduled.get(e.getActivityTaskTimedOutEventAttributes().getScheduledEventId())
          + " timed out");
      case EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED -> {
        String id = e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId();
        step("child workflow started: " + id);
        followChild.accept(id);
      }
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED -> step("child workflow finished: "
          + e.getChildWorkflowExecutionCompletedEventAttributes().getWorkflowExecution().getWorkflowId());
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED -> step("child workflow failed: "
          + e.getChildWorkflowExecutionFailedEventAttributes().getWorkflowExecution().getWorkflowId() + ": "
          + e.getChildWorkflowExecutionFailedEventAttributes().getFailure().getMessage());
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED -> step("update received: "
          + e.getWorkflowExecutionUpdateAcceptedEventAttributes().getAcceptedRequest().getInput().getName());
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED, EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
          EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT, EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
          EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED, EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW -> {
        return true;
      }
      default -> { }
    }
    return false;
  }

  private void started(HistoryEvent e) {
    String type = e.getWorkflowExecutionStartedEventAttributes().getWorkflowType().getName();
    Payloads input = e.getWorkflowExecutionStartedEventAttributes().getInput();
    if (type.equals("AgentWorkflow")) {
      agent = decode(input, AgentRunInput.class).agent();
      step("agent " + agent);
    } else if (type.equals("ConversationWorkflow")) {
      agent = decode(input, ConversationInput.class).agent();
    } else {
      step("workflow " + type + " started");
    }
  }

  private void activityScheduled(HistoryEvent e) {
    var a = e.getActivityTaskScheduledEventAttributes();
    String name = a.getActivityType().getName();
    scheduled.put(e.getEventId(), name);
    if (isModel(name)) {
      ModelRequest request = decode(a.getInput(), ModelRequest.class);
      if (agent != null && request != null && !agent.equals(request.agent())) {
        step("handoff " + agent + " -> " + request.agent());
      }
      agent = request == null ? agent : request.agent();
      step("model call by " + agent);
    } else {
      step("tool call " + name + " " + StepPrinter.shorten(decode(a.getInput(), String.class)));
    }
  }

  private static boolean isModel(String activityType) {
    return activityType.equals(ModelActivity.TYPE) || activityType.equals("LoopModelCall");
  }

  private void step(String text) {
    printer.step(prefix + text);
  }

  private <T> T decode(Payloads payloads, Class<T> type) {
    try {
      return converter.fromPayloads(0, Optional.of(payloads), type, type);
    } catch (RuntimeException ex) {
      return null;
    }
  }
}
