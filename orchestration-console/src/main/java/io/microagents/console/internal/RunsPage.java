package io.microagents.console.internal;

import io.microagents.console.RunLauncher;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** The runs page: the namespace's workflows from visibility, newest first, filtered by status. */
final class RunsPage {

  static final int MAX_ROWS = 100;

  private RunsPage() {}

  static String render(ConsoleSettings settings, ExecutorService pool, Map<String, String> query) {
    String asked = query.get("status");
    String status = asked != null && WorkflowListing.STATUSES.contains(asked) ? asked : null;
    boolean children = "1".equals(query.get("children"));
    StringBuilder body = new StringBuilder();
    body.append("<h1>Runs</h1>\n").append(Html.notice(query.get("error"), true));
    for (RunLauncher launcher : settings.launchers()) {
      body.append(launchForm(launcher));
    }
    body.append(filterForm(status, children));
    List<WorkflowListing.Row> rows;
    try {
      rows = WorkflowListing.list(settings.workflows(), status, MAX_ROWS).stream()
          .filter(r -> children || r.parentId() == null).toList();
    } catch (RuntimeException e) {
      return Html.page("Runs", "runs", settings.namespace(), body
          + Html.notice("Cannot list workflows: " + e.getMessage(), true));
    }
    if (rows.isEmpty()) {
      body.append("<p>No runs").append(status == null ? "" : " with status " + Html.esc(status)).append(".</p>\n");
      return Html.page("Runs", "runs", settings.namespace(), body.toString());
    }
    List<RunFacts> facts = RunFacts.of(settings.workflows(), rows, pool);
    body.append("<table class=\"runs\">\n<caption>").append(rows.size()).append(rows.size() == 1 ? " run" : " runs")
        .append(status == null ? "" : ", " + Html.esc(status)).append(", newest first</caption>\n")
        .append("<thead><tr><th scope=\"col\">Workflow</th><th scope=\"col\">Type</th><th scope=\"col\">Status</th>")
        .append("<th scope=\"col\">Agent</th><th scope=\"col\">Turns</th><th scope=\"col\">Tokens</th>")
        .append("<th scope=\"col\">Started (UTC)</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      WorkflowListing.Row r = rows.get(i);
      RunFacts f = facts.get(i);
      body.append("<tr><th scope=\"row\"><a href=\"").append(Html.esc(Html.runLink(r.workflowId()))).append("\">")
          .append(Html.esc(r.workflowId())).append("</a></th><td>").append(Html.esc(r.type()))
          .append("</td><td><span class=\"status ").append(Html.esc(r.status())).append("\">").append(Html.esc(r.status()))
          .append("</span></td><td>").append(Html.esc(f.agent() == null ? "" : f.agent()))
          .append("</td><td>").append(f.turns() == null ? "" : f.turns())
          .append("</td><td>").append(f.tokens() == null ? "" : f.tokens())
          .append("</td><td>").append(Html.esc(DateTimeFormatter.ISO_INSTANT.format(r.started().truncatedTo(ChronoUnit.SECONDS))))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    return Html.page("Runs", "runs", settings.namespace(), body.toString());
  }

  private static String filterForm(String status, boolean children) {
    StringBuilder f = new StringBuilder("<form class=\"filter\" method=\"get\" action=\"/runs\">\n")
        .append("<label for=\"status\">Status</label> <select id=\"status\" name=\"status\">")
        .append("<option value=\"\">all</option>");
    for (String s : WorkflowListing.STATUSES) {
      f.append("<option value=\"").append(s).append("\"").append(s.equals(status) ? " selected" : "").append(">")
          .append(s.replace('_', ' ')).append("</option>");
    }
    return f.append("</select>\n<input type=\"checkbox\" id=\"children\" name=\"children\" value=\"1\"")
        .append(children ? " checked" : "").append("> <label for=\"children\">child runs too</label>\n")
        .append("<button type=\"submit\">Filter</button>\n</form>\n").toString();
  }

  private static String launchForm(RunLauncher launcher) {
    String id = "launch-" + launcher.name().replaceAll("[^A-Za-z0-9_-]", "-");
    return "<form class=\"launch\" method=\"post\" action=\"/runs/start\">\n"
        + "<h2>Start " + Html.esc(launcher.name()) + "</h2>\n"
        + "<p>" + Html.esc(launcher.description()) + "</p>\n"
        + "<input type=\"hidden\" name=\"launcher\" value=\"" + Html.esc(launcher.name()) + "\">\n"
        + "<label for=\"" + Html.esc(id) + "\">Input</label>\n"
        + "<input type=\"text\" id=\"" + Html.esc(id) + "\" name=\"input\" size=\"60\" required value=\""
        + Html.esc(launcher.defaultInput()) + "\">\n"
        + "<button type=\"submit\">Start " + Html.esc(launcher.name()) + "</button>\n</form>\n";
  }
}
