package io.microagents.console.internal;

import io.microagents.temporal.PendingApproval;
import io.microagents.temporal.PendingQuestion;
import java.util.List;

/**
 * The inbox: a form for each question and approval that waits for a person. Plain forms (they
 * work without JavaScript); {@code inbox.js} reloads the page when what waits changed — when
 * someone else answered first.
 */
final class InboxPage {

  private InboxPage() {}

  /**
   * @param notice what the last action did (shown as a status), or {@code null}
   * @param error why the last action was refused (shown as an alert), or {@code null}
   */
  static String render(ConsoleSettings settings, List<InboxScan.Entry> entries, String notice, String noticeRun,
      String error) {
    StringBuilder b = new StringBuilder("<h1>Inbox</h1>\n");
    if (notice != null) {
      b.append("<p class=\"notice\" role=\"status\">").append(Html.esc(notice));
      if (noticeRun != null && !noticeRun.isBlank()) {
        b.append(" <a href=\"").append(Html.esc(Html.runLink(noticeRun))).append("\">Watch run ")
            .append(Html.esc(noticeRun)).append("</a>");
      }
      b.append("</p>\n");
    }
    b.append(Html.notice(error, true));
    b.append("<div id=\"inbox\" data-fingerprint=\"").append(Html.esc(InboxScan.fingerprint(entries))).append("\">\n");
    if (entries.isEmpty()) {
      b.append("<p>Nothing waits for a person.</p>\n");
    }
    int n = 0;
    for (InboxScan.Entry e : entries) {
      n++;
      String heading = "item-" + n;
      b.append("<section class=\"item\" aria-labelledby=\"").append(heading).append("\">\n<h2 id=\"").append(heading)
          .append("\">").append(Html.esc(e.agent() != null ? e.agent() : e.type())).append(" in <code>")
          .append(Html.esc(e.workflowId())).append("</code></h2>\n<p><a href=\"").append(Html.esc(Html.runLink(e.rootId())))
          .append("\">Watch run ").append(Html.esc(e.rootId())).append("</a></p>\n");
      if (!e.formQuestions().isEmpty()) {
        b.append(formQuestions(e, n));
      }
      int q = 0;
      for (PendingQuestion question : e.questions()) {
        b.append(question(e, question, n + "-" + (++q)));
      }
      int a = 0;
      for (PendingApproval approval : e.approvals()) {
        b.append(approval(e, approval, n + "-" + (++a)));
      }
      b.append("</section>\n");
    }
    b.append("</div>\n");
    return Html.page("Inbox", "inbox", settings.namespace(), b.toString(), "inbox.js");
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\">\n";
  }

  private static String formQuestions(InboxScan.Entry e, int n) {
    StringBuilder b = new StringBuilder("<form class=\"answers\" method=\"post\" action=\"/inbox/answers\">\n")
        .append(hidden("workflow", e.workflowId())).append(hidden("run", e.rootId()))
        .append("<fieldset><legend>").append(e.formQuestions().size()).append(" questions, answered together</legend>\n");
    int i = 0;
    for (String question : e.formQuestions()) {
      String id = "answer-" + n + "-" + (++i);
      b.append("<p><label for=\"").append(id).append("\">").append(Html.esc(question)).append("</label>\n")
          .append("<textarea id=\"").append(id).append("\" name=\"answer\" rows=\"2\" cols=\"60\"></textarea></p>\n");
    }
    return b.append("</fieldset>\n<button type=\"submit\">Send answers</button>\n</form>\n").toString();
  }

  private static String question(InboxScan.Entry e, PendingQuestion q, String key) {
    String id = "question-" + key;
    return "<form class=\"question\" method=\"post\" action=\"/inbox/answer\">\n"
        + hidden("workflow", e.workflowId()) + hidden("run", e.rootId()) + hidden("question", q.id())
        + "<p><label for=\"" + id + "\">" + Html.esc(q.agent()) + " asks: " + Html.esc(q.question()) + "</label>\n"
        + "<textarea id=\"" + id + "\" name=\"answer\" rows=\"2\" cols=\"60\"></textarea></p>\n"
        + "<button type=\"submit\">Answer</button>\n</form>\n";
  }

  private static String approval(InboxScan.Entry e, PendingApproval a, String key) {
    String id = "reason-" + key;
    return "<form class=\"approval\" method=\"post\" action=\"/inbox/decide\">\n"
        + hidden("workflow", e.workflowId()) + hidden("run", e.rootId()) + hidden("call", a.callId())
        + "<p>" + Html.esc(a.agent()) + " wants to call <strong class=\"tool\">" + Html.esc(a.tool()) + "</strong> with</p>\n"
        + "<pre class=\"arguments\">" + Html.esc(a.arguments()) + "</pre>\n"
        + "<p><label for=\"" + id + "\">Reason (optional, the model is told)</label>\n"
        + "<input type=\"text\" id=\"" + id + "\" name=\"reason\" size=\"50\"></p>\n"
        + "<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n"
        + "<button type=\"submit\" name=\"decision\" value=\"reject\">Reject</button>\n</form>\n";
  }
}
