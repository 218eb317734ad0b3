package io.microagents.console.internal;

import com.sun.net.httpserver.HttpExchange;
import io.microagents.console.WorkflowQuestions;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The inbox's form posts, each one validated update: an agent's {@code answer} or
 * {@code decide}, or the answers to a workflow of the user's. Sent, the browser is sent back
 * to the inbox (303); refused — by the workflow's validator, or because someone else answered
 * first — the inbox is shown again with the reason, and nothing has changed.
 */
final class InboxActions {

  /**
   * An update sent twice is delivered once (its id is the question's or call's), so a second
   * person's answer would look sent: what no longer waits is refused first, saying why.
   */
  static final String ANSWERED = "someone else answered this first: it no longer waits";

  private InboxActions() {}

  static void handle(ConsoleSettings settings, ExecutorService pool, HttpExchange exchange, String action)
      throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    String workflow = Http.field(form, "workflow");
    String run = Http.field(form, "run");
    String done;
    try {
      if (workflow.isBlank()) {
        throw new IllegalArgumentException("The form names no workflow");
      }
      done = switch (action) {
        case "answer" -> {
          String question = Http.field(form, "question");
          if (settings.client().state(workflow).questions().stream().noneMatch(q -> q.id().equals(question))) {
            throw new IllegalStateException(ANSWERED);
          }
          settings.client().answer(workflow, Http.field(form, "question"), Http.field(form, "answer"));
          yield "Answer sent to " + workflow + ".";
        }
        case "decide" -> {
          boolean approve = "approve".equals(Http.field(form, "decision"));
          String reason = Http.field(form, "reason");
          String call = Http.field(form, "call");
          if (settings.client().state(workflow).approvals().stream().noneMatch(a -> a.callId().equals(call))) {
            throw new IllegalStateException(ANSWERED);
          }
          settings.client().decide(workflow, call, approve, reason.isBlank() ? null : reason);
          yield (approve ? "Approved" : "Rejected") + " the tool call of " + workflow + ".";
        }
        default -> {
          WorkflowExecutionInfo info = RunPage.describe(settings.workflows(), workflow);
          WorkflowQuestions questions = info == null ? null : settings.questionsOf(info.getType().getName());
          if (questions == null) {
            throw new IllegalArgumentException("Workflow " + workflow + " has no questions the console knows how to answer");
          }
          List<String> answers = form.getOrDefault("answer", List.of());
          questions.answer(settings.workflows(), workflow, answers);
          yield "Answers sent to " + workflow + ".";
        }
      };
    } catch (RuntimeException e) {
      String page = InboxPage.render(settings, scan(settings, pool), null, null,
          "Not sent: " + reason(e) + " Nothing was changed.");
      Http.html(exchange, 422, page);
      return;
    }
    Http.redirect(exchange, "/inbox?done=" + Html.url(done) + (run.isBlank() ? "" : "&run=" + Html.url(run)));
  }

  static List<InboxScan.Entry> scan(ConsoleSettings settings, ExecutorService pool) {
    try {
      return InboxScan.scan(settings, pool);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** The validator's own message when the update was rejected, else the deepest cause's. */
  static String reason(Throwable e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure f && f.getOriginalMessage() != null && !f.getOriginalMessage().isBlank()) {
        message = f.getOriginalMessage();
      } else if (message == null && t.getMessage() != null && t.getCause() == null) {
        message = t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (message == null) {
      message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return message.endsWith(".") ? message : message + ".";
  }
}
