package io.microagents.console.internal;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import java.util.concurrent.TimeUnit;

/**
 * One run's page: what visibility says about it, and a tree that {@code run.js} builds from
 * the run's events as they come (server-sent, from {@link RunEventStream}).
 */
final class RunPage {

  private RunPage() {}

  /** The workflow's description, or {@code null} when no workflow has this id. */
  static WorkflowExecutionInfo describe(WorkflowClient client, String workflowId) {
    try {
      return client.getWorkflowServiceStubs().blockingStub().withDeadlineAfter(10, TimeUnit.SECONDS)
          .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
              .setNamespace(client.getOptions().getNamespace())
              .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId)).build())
          .getWorkflowExecutionInfo();
    } catch (io.grpc.StatusRuntimeException e) {
      if (e.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND) {
        return null;
      }
      throw e;
    }
  }

  static String render(ConsoleSettings settings, String workflowId, WorkflowExecutionInfo info) {
    String status = WorkflowListing.status(info.getStatus());
    StringBuilder b = new StringBuilder();
    b.append("<h1>Run <code>").append(Html.esc(workflowId)).append("</code></h1>\n<dl class=\"facts\">")
        .append("<dt>Type</dt><dd>").append(Html.esc(info.getType().getName())).append("</dd>")
        .append("<dt>Status</dt><dd><span id=\"run-status\" class=\"status ").append(Html.esc(status)).append("\">")
        .append(Html.esc(status)).append("</span></dd>")
        .append("<dt>Tokens</dt><dd><span id=\"usage\">0 in, 0 out, 0 total</span> in <span id=\"calls\">0</span> model calls</dd>");
    if (info.hasParentExecution()) {
      String parent = info.getParentExecution().getWorkflowId();
      b.append("<dt>Started by</dt><dd><a href=\"").append(Html.esc(Html.runLink(parent))).append("\">")
          .append(Html.esc(parent)).append("</a></dd>");
    }
    String ui = settings.temporalUiLink(workflowId);
    if (ui != null) {
      b.append("<dt>History</dt><dd><a href=\"").append(Html.esc(ui)).append("\" rel=\"noopener noreferrer\">")
          .append("this workflow in the Temporal UI</a></dd>");
    }
    b.append("</dl>\n<p id=\"waiting\" class=\"notice\" role=\"status\" hidden>This run waits for a person: ")
        .append("<a href=\"/inbox\">answer in the inbox</a>.</p>\n")
        .append("<noscript><p class=\"notice\">The run's tree and its text are shown live with JavaScript; ")
        .append("without it, see its history in the Temporal UI.</p></noscript>\n")
        .append("<section aria-labelledby=\"tree-title\"><h2 id=\"tree-title\">Steps</h2>\n")
        .append("<div id=\"tree\" class=\"tree\" data-title=\"").append(Html.esc(info.getType().getName()))
        .append("\" data-events=\"").append(Html.esc("/run/events?id=" + Html.url(workflowId)))
        .append("\" aria-live=\"off\"></div>\n<p id=\"stream-state\" role=\"status\">Connecting…</p></section>\n");
    return Html.page("Run " + workflowId, "runs", settings.namespace(), b.toString(), "run.js");
  }
}
