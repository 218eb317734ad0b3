package io.microagents.examples.research;

import java.util.List;

/**
 * The inputs the research pipeline hands from one agent to the next. Pure functions: they
 * run in workflow code, which must give the same result on every replay.
 */
public final class ResearchPrompts {

  private ResearchPrompts() {}

  /** The instructions agent's input: the request and the person's answers. */
  public static String briefRequest(String request, List<String> questions, List<String> answers) {
    StringBuilder text = new StringBuilder("Request: ").append(request);
    if (!questions.isEmpty()) {
      text.append("\n\nClarifying questions and the user's answers:");
      for (int i = 0; i < questions.size(); i++) {
        text.append("\n- ").append(questions.get(i)).append("\n  Answer: ")
            .append(i < answers.size() ? answers.get(i) : "(no answer)");
      }
    }
    return text.toString();
  }

  /** One search agent's input. */
  public static String search(SearchItem item) {
    return "Search term: " + item.query() + "\nReason for searching: " + item.reason();
  }

  /** The writer's input: the brief and every search's summary, numbered. */
  public static String writer(String brief, List<String> summaries) {
    StringBuilder text = new StringBuilder("Research brief:\n").append(brief).append("\n\nSearch summaries:");
    for (int i = 0; i < summaries.size(); i++) {
      text.append("\n").append(i + 1).append(". ").append(summaries.get(i).replace("\n", " "));
    }
    return text.toString();
  }

  /** The report as the CLI prints it. */
  public static String render(ResearchReport report) {
    StringBuilder text = new StringBuilder(report.shortSummary()).append("\n\n").append(report.markdownReport());
    if (!report.followUpQuestions().isEmpty()) {
      text.append("\n\nFollow-up questions:");
      report.followUpQuestions().forEach(q -> text.append("\n- ").append(q));
    }
    return text.toString();
  }
}
