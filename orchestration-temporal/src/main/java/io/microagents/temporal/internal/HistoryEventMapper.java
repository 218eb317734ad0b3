package io.microagents.temporal.internal;

import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.run.RunContext;
import io.microagents.temporal.AgentRunInput;
import io.microagents.temporal.ModelActivity;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunSummary;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns one workflow's history events into {@link RunEvent}s: model and tool activities (local ones from their markers), child workflows, the end of the run. Keeps what
 * it needs between events (scheduled activities, the current agent). Payloads are decoded
 * with the client's converter, fetched from the payload store when they are references.
 */
final class HistoryEventMapper {

  private record Scheduled(String type, String agent, String call) {}

  private record Child(String workflowId, String agent) {}

  private final String path;
  private final HistoryPayloads payloads;
  private final Function<String, String> pathOf;
  private final Map<Long, Scheduled> scheduled = new HashMap<>();
  private final Map<Long, Child> children = new HashMap<>();
  private final Map<String, Integer> attempts = new HashMap<>(); // model call -> the attempt that ended it
  private final Set<String> localCalls = new HashSet<>(); // local activities told started, by activity id
  private String workflowType;
  private String agent;

  /** @param pathOf the path of a child, from its workflow id */
  HistoryEventMapper(String path, HistoryPayloads payloads, Function<String, String> pathOf) {
    this.path = path;
    this.payloads = payloads;
    this.pathOf = pathOf;
  }

  /** The attempt of a model call that its (last) ActivityTaskStarted event recorded; 1 before it. */
  int attemptOf(String call) {
    return attempts.getOrDefault(call, 1);
  }

  /** Whether the workflow is a run of the framework (its state can be queried for pending input). */
  boolean isAgentRun() {
    return "AgentWorkflow".equals(workflowType) || "ConversationWorkflow".equals(workflowType);
  }

  /**
   * The events this history event means, in order.
   *
   * @param childStarted told of each child workflow started: its workflow id
   */
  List<RunEvent> map(HistoryEvent e, Consumer<String> childStarted) {
    List<RunEvent> out = new ArrayList<>();
    if (e.hasWorkflowExecutionStartedEventAttributes()) {
      var a = e.getWorkflowExecutionStartedEventAttributes();
      workflowType = a.getWorkflowType().getName();
      localCalls.clear(); // activity ids start again in each run
      if ("AgentWorkflow".equals(workflowType) && a.hasInput()) {
        AgentRunInput input = payloads.decode(a.getInput(), 0, AgentRunInput.class);
        agent = input.continuation() == null ? input.agent() : agent;
        if (input.continuation() == null) {
          out.add(new RunEvent.AgentStarted(path, input.agent()));
        }
      }
    } else if (e.hasActivityTaskScheduledEventAttributes()) {
      var a = e.getActivityTaskScheduledEventAttributes();
      String type = a.getActivityType().getName();
      if (ModelActivity.TYPE.equals(type)) {
        agent = callingAgent(e);
        scheduled.put(e.getEventId(), new Scheduled(type, agent, a.getActivityId()));
        out.add(new RunEvent.ModelCallStarted(path, agent, a.getActivityId()));
      } else {
        String arguments = a.getInput().getPayloadsCount() > 0 ? payloads.decode(a.getInput(), 0, String.class) : "";
        RunContext context = a.getInput().getPayloadsCount() > 1 ? payloads.decode(a.getInput(), 1, RunContext.class) : null;
        String toolAgent = context == null ? agent : context.agent();
        scheduled.put(e.getEventId(), new Scheduled(type, toolAgent, a.getActivityId()));
        out.add(new RunEvent.ToolCallStarted(path, toolAgent, type, arguments));
      }
    } else if (e.hasActivityTaskStartedEventAttributes()) {
      var a = e.getActivityTaskStartedEventAttributes();
      Scheduled s = scheduled.get(a.getScheduledEventId());
      if (s != null) {
        attempts.put(s.call(), a.getAttempt());
      }
    } else if (e.hasActivityTaskCompletedEventAttributes()) {
      var a = e.getActivityTaskCompletedEventAttributes();
      Scheduled s = scheduled.remove(a.getScheduledEventId());
      if (s != null && ModelActivity.TYPE.equals(s.type())) {
        ModelResponse response = payloads.decode(a.getResult(), 0, ModelResponse.class);
        out.add(new RunEvent.ModelCallFinished(path, s.agent(), s.call(), response.usage()));
      } else if (s != null) {
        String output = a.hasResult() && a.getResult().getPayloadsCount() > 0 ? payloads.decode(a.getResult(), 0, String.class) : "";
        out.add(new RunEvent.ToolCallFinished(path, s.type(), output, false));
      }
    } else if (e.hasActivityTaskFailedEventAttributes()) {
      var a = e.getActivityTaskFailedEventAttributes();
      toolFailed(out, a.getScheduledEventId(), message(a.getFailure()));
    } else if (e.hasActivityTaskTimedOutEventAttributes()) {
      var a = e.getActivityTaskTimedOutEventAttributes();
      toolFailed(out, a.getScheduledEventId(), "timed out: " + message(a.getFailure()));
    } else if (e.hasMarkerRecordedEventAttributes()) {
      LocalCall local = LocalCall.of(e.getMarkerRecordedEventAttributes(), payloads);
      if (local != null) {
        localCall(e, local, out);
      }
    } else if (e.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
      var a = e.getStartChildWorkflowExecutionInitiatedEventAttributes();
      String childAgent = null;
      if ("AgentWorkflow".equals(a.getWorkflowType().getName()) && a.hasInput()) {
        childAgent = payloads.decode(a.getInput(), 0, AgentRunInput.class).agent();
      }
      children.put(e.getEventId(), new Child(a.getWorkflowId(), childAgent));
    } else if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
      var a = e.getChildWorkflowExecutionStartedEventAttributes();
      Child c = children.get(a.getInitiatedEventId());
      String id = a.getWorkflowExecution().getWorkflowId();
      out.add(new RunEvent.ChildStarted(pathOf.apply(id), c == null ? null : c.agent(), id));
      childStarted.accept(id);
    } else if (e.hasWorkflowExecutionCompletedEventAttributes()) {
      var a = e.getWorkflowExecutionCompletedEventAttributes();
      RunSummary summary = "AgentWorkflow".equals(workflowType) && a.hasResult()
          ? payloads.decode(a.getResult(), 0, RunSummary.class) : null;
      out.add(new RunEvent.Finished(path, summary));
    } else if (e.hasWorkflowExecutionFailedEventAttributes()) {
      out.add(new RunEvent.Failed(path, message(e.getWorkflowExecutionFailedEventAttributes().getFailure())));
    } else if (e.hasWorkflowExecutionTerminatedEventAttributes()) {
      String reason = e.getWorkflowExecutionTerminatedEventAttributes().getReason();
      out.add(new RunEvent.Failed(path, "terminated" + (reason.isEmpty() ? "" : ": " + reason)));
    } else if (e.hasWorkflowExecutionCanceledEventAttributes()) {
      out.add(new RunEvent.Failed(path, "cancelled"));
    } else if (e.hasWorkflowExecutionTimedOutEventAttributes()) {
      out.add(new RunEvent.Failed(path, "timed out (the workflow's execution or run timeout)"));
    }
    return out;
  }

  /**
   * The agent of a scheduled model call, from the activity's summary ("agent · model"), so that
   * following a run never fetches its model inputs (MBs, perhaps from the payload store); from
   * the request itself only for a call scheduled without a summary.
   */
  private String callingAgent(HistoryEvent e) {
    String fromSummary = summaryAgent(e);
    return fromSummary != null ? fromSummary
        : payloads.decode(e.getActivityTaskScheduledEventAttributes().getInput(), 0, ModelRequest.class).agent();
  }

  /** The agent of a model call from its event's summary ("agent · model"), or {@code null}. */
  private String summaryAgent(HistoryEvent e) {
    if (e.hasUserMetadata() && e.getUserMetadata().hasSummary()) {
      String summary = payloads.decode(Payloads.newBuilder()
          .addPayloads(e.getUserMetadata().getSummary()).build(), 0, String.class);
      int dot = summary.indexOf(" · ");
      if (dot > 0) {
        return summary.substring(0, dot);
      }
    }
    return null;
  }

  /**
   * A local activity's marker (the low-latency mode): the call's start and its end at once,
   * since the history records a local call only when it is over; a call retried across
   * workflow tasks has a marker per attempt, and starts once.
   */
  private void localCall(HistoryEvent e, LocalCall local, List<RunEvent> out) {
    boolean first = localCalls.add(local.activityId());
    if (local.isModelCall()) {
      if (first) {
        agent = summaryAgent(e);
        if (agent == null && local.input() != null) {
          agent = payloads.decode(local.input(), 0, ModelRequest.class).agent();
        }
        out.add(new RunEvent.ModelCallStarted(path, agent, local.activityId()));
      }
      if (local.result() != null) {
        attempts.put(local.activityId(), local.attempt()); // its deltas' END, told before the call's end
        ModelResponse response = payloads.decode(local.result(), 0, ModelResponse.class);
        out.add(new RunEvent.ModelCallFinished(path, agent, local.activityId(), response.usage()));
      }
      return;
    }
    if (first) {
      Payloads in = local.input();
      String arguments = in != null && in.getPayloadsCount() > 0 ? payloads.decode(in, 0, String.class) : "";
      RunContext context = in != null && in.getPayloadsCount() > 1 ? payloads.decode(in, 1, RunContext.class) : null;
      out.add(new RunEvent.ToolCallStarted(path, context == null ? agent : context.agent(), local.type(), arguments));
    }
    if (local.result() != null) {
      String output = local.result().getPayloadsCount() > 0 ? payloads.decode(local.result(), 0, String.class) : "";
      out.add(new RunEvent.ToolCallFinished(path, local.type(), output, false));
    } else if (local.failure() != null) {
      out.add(new RunEvent.ToolCallFinished(path, local.type(), message(local.failure()), true));
    }
  }

  private void toolFailed(List<RunEvent> out, long scheduledEventId, String message) {
    Scheduled s = scheduled.remove(scheduledEventId);
    if (s != null && !ModelActivity.TYPE.equals(s.type())) {
      out.add(new RunEvent.ToolCallFinished(path, s.type(), message, true));
    }
  }

  private static String message(Failure f) {
    StringBuilder b = new StringBuilder(f.getMessage());
    for (Failure c = f.hasCause() ? f.getCause() : null; c != null; c = c.hasCause() ? c.getCause() : null) {
      if (!c.getMessage().isEmpty() && b.indexOf(c.getMessage()) < 0) {
        b.append(": ").append(c.getMessage());
      }
    }
    return b.toString();
  }
}
