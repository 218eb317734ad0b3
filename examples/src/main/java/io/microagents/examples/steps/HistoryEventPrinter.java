package io.microagents.examples.steps;

import io.microagents.examples.StepPrinter;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.ModelActivity;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;
import io.temporal.common.converter.DataConverter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns one workflow's history events into the example's step lines: the agent, each model
 * call, each tool call with its arguments and result, handoffs (the agent of consecutive
 * model calls changes), children started and finished, updates (a person's answers); local
 * activities (the low-latency mode) from their markers.
 */
final class HistoryEventPrinter {

  private final String workflowId;
  private final RetryReporter retries;
  private final String prefix;
  private final DataConverter converter;
  private final StepPrinter printer;
  private final Consumer<String> followChild;
  private final Map<Long, String> scheduled = new HashMap<>();
  private final Map<Long, ActivityTimeouts> timeoutsByEvent = new HashMap<>();
  private final Map<Long, String> activityIds = new HashMap<>();
  private final Map<String, ActivityTimeouts> timeoutsByActivity = new HashMap<>();
  private String agent;

  HistoryEventPrinter(String workflowId, DataConverter converter, StepPrinter printer, Consumer<String> followChild,
      RetryReporter retries) {
    this.workflowId = workflowId;
    this.retries = retries;
    this.prefix = prefixOf(workflowId);
    this.converter = converter;
    this.printer = printer;
    this.followChild = followChild;
  }

  /** What a workflow's lines start with: nothing for the run followed, {@code [planner-1] } for its child {@code <id>/planner-1}. */
  static String prefixOf(String workflowId) {
    int slash = workflowId.lastIndexOf('/');
    return slash < 0 ? "" : "[" + workflowId.substring(slash + 1) + "] ";
  }

  /** The timeouts of a scheduled activity of this workflow, as far as its history told. */
  synchronized ActivityTimeouts timeouts(String activityId) {
    return timeoutsByActivity.getOrDefault(activityId, ActivityTimeouts.UNKNOWN);
  }

  /** The workflow continued as new: the next run's event ids start again at 1. */
  synchronized void newRun() {
    scheduled.clear();
    timeoutsByEvent.clear();
    activityIds.clear();
    retries.forget(workflowId);
    step("continued as new");
  }

  /** Prints one event; returns true when the workflow has closed. */
  synchronized boolean print(HistoryEvent e) {
    switch (e.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> started(e);
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> activityScheduled(e);
      case EVENT_TYPE_ACTIVITY_TASK_STARTED -> {
        // Recorded when the activity ends: an attempt after failures says what failed before, if not yet said.
        var a = e.getActivityTaskStartedEventAttributes();
        if (a.getAttempt() > 1 && a.hasLastFailure()) {
          long id = a.getScheduledEventId();
          retries.failed(workflowId, activityIds.get(id), scheduled.get(id), a.getAttempt() - 1, a.getLastFailure(),
              timeoutsByEvent.getOrDefault(id, ActivityTimeouts.UNKNOWN));
        }
      }
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
        String name = scheduled.get(e.getActivityTaskCompletedEventAttributes().getScheduledEventId());
        if (name != null && !isModel(name)) {
          step("  " + name + " -> " + StepPrinter.shorten(decode(e.getActivityTaskCompletedEventAttributes().getResult(), String.class)));
        }
      }
      case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
        long id = e.getActivityTaskFailedEventAttributes().getScheduledEventId();
        step("  " + scheduled.get(id) + " failed: " + FailureText.of(e.getActivityTaskFailedEventAttributes().getFailure(),
            timeoutsByEvent.getOrDefault(id, ActivityTimeouts.UNKNOWN)));
      }
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT -> {
        long id = e.getActivityTaskTimedOutEventAttributes().getScheduledEventId();
        step("  " + scheduled.get(id) + " " + FailureText.of(e.getActivityTaskTimedOutEventAttributes().getFailure(),
            timeoutsByEvent.getOrDefault(id, ActivityTimeouts.UNKNOWN)));
      }
      case EVENT_TYPE_MARKER_RECORDED -> localActivity(e.getMarkerRecordedEventAttributes());
      case EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED -> {
        String id = e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId();
        step("child workflow started: " + id);
        followChild.accept(id);
      }
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED -> step("child workflow finished: "
          + e.getChildWorkflowExecutionCompletedEventAttributes().getWorkflowExecution().getWorkflowId());
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED -> step("child workflow failed: "
          + e.getChildWorkflowExecutionFailedEventAttributes().getWorkflowExecution().getWorkflowId() + ": "
          + FailureText.of(e.getChildWorkflowExecutionFailedEventAttributes().getFailure(), ActivityTimeouts.UNKNOWN));
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
    timeoutsByEvent.put(e.getEventId(), ActivityTimeouts.of(a));
    activityIds.put(e.getEventId(), a.getActivityId());
    timeoutsByActivity.put(a.getActivityId(), ActivityTimeouts.of(a));
    if (isModel(name)) {
      modelCall(decode(a.getInput(), ModelRequest.class));
    } else {
      step("tool call " + name + " " + StepPrinter.shorten(decode(a.getInput(), String.class)));
    }
  }

  /** A local activity (the low-latency mode), recorded once it is over: its call and outcome at once. */
  private void localActivity(MarkerRecordedEventAttributes m) {
    if (!"LocalActivity".equals(m.getMarkerName()) || !m.containsDetails("type")) {
      return;
    }
    String name = decode(m.getDetailsOrThrow("type"), String.class);
    Payloads input = m.containsDetails("input") ? m.getDetailsOrThrow("input") : null;
    if (name != null && isModel(name)) {
      modelCall(input == null ? null : decode(input, ModelRequest.class));
    } else if (name != null) {
      step("tool call " + name + (input == null ? "" : " " + StepPrinter.shorten(decode(input, String.class))));
      step("  " + name + (m.containsDetails("result")
          ? " -> " + StepPrinter.shorten(decode(m.getDetailsOrThrow("result"), String.class))
          : " failed: " + FailureText.of(m.getFailure(), ActivityTimeouts.UNKNOWN)));
    }
  }

  private void modelCall(ModelRequest request) {
    if (agent != null && request != null && !agent.equals(request.agent())) {
      step("handoff " + agent + " -> " + request.agent());
    }
    agent = request == null ? agent : request.agent();
    step("model call by " + agent);
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
