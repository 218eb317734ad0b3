package io.microagents.examples.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.Conversation;
import io.microagents.examples.offline.Replies;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The research pipeline's offline scripts: every agent answers from its actual input, so the
 * report really is assembled from the clarifying answers and the parallel searches' results.
 * The planner plans 5 searches, or as many as the request asks for ("in 3 searches").
 */
public final class ResearchScript {

  /** Searches planned when the request does not say. */
  public static final int DEFAULT_SEARCHES = 5;

  private static final List<String> ASPECTS = List.of("overview", "how it works", "history",
      "recent developments", "criticism and limits", "examples in practice", "comparison with alternatives",
      "costs", "future outlook", "key people and companies");
  private static final Pattern SEARCH_COUNT = Pattern.compile("(\\d+) (?:parallel )?searches");
  private static final Pattern TOPIC = Pattern.compile("(?m)^Topic: (.*)$");

  private ResearchScript() {}

  /** The scripts, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of("research_triage", ResearchScript::triage, "clarifier", ResearchScript::clarify,
        "research_instructions", ResearchScript::brief, "planner", ResearchScript::plan,
        "searcher", ResearchScript::search, "writer", ResearchScript::write);
  }

  static ModelResponse triage(ModelRequest request) {
    String text = Conversation.of(request).lastUserText();
    boolean vague = !text.toLowerCase(Locale.ROOT).contains("no questions");
    return Replies.json(new TriageDecision(vague, topic(text),
        vague ? "The request leaves audience and scope open." : "The user asked to skip questions."));
  }

  static ModelResponse clarify(ModelRequest request) {
    String topic = topic(Conversation.of(request).lastUserText());
    return Replies.json(new ClarifyingQuestions(List.of(
        "Who is the report on " + topic + " for?",
        "Which aspect of " + topic + " matters most to you?",
        "How long should the report be?")));
  }

  static ModelResponse brief(ModelRequest request) {
    String input = Conversation.of(request).lastUserText();
    String requestLine = input.lines().findFirst().orElse("").replaceFirst("^Request: ", "");
    return Replies.text("Topic: " + topic(requestLine) + "\n" + "Research brief based on: "
        + input.replace("\n", " ").replaceAll("\\s+", " "));
  }

  static ModelResponse plan(ModelRequest request) {
    String input = Conversation.of(request).lastUserText();
    Matcher m = TOPIC.matcher(input);
    String topic = m.find() ? m.group(1).trim() : topic(input);
    Matcher n = SEARCH_COUNT.matcher(input);
    int count = Math.min(ASPECTS.size(), n.find() ? Math.max(1, Integer.parseInt(n.group(1))) : DEFAULT_SEARCHES);
    List<SearchItem> searches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      searches.add(new SearchItem(topic + " " + ASPECTS.get(i), "To cover the " + ASPECTS.get(i) + " of " + topic));
    }
    return Replies.json(new SearchPlan(searches));
  }

  static ModelResponse search(ModelRequest request) {
    Conversation c = Conversation.of(request);
    String query = c.lastUserText().lines().findFirst().orElse("").replaceFirst("^Search term: ", "");
    String results = c.outputOf("search_web");
    if (results == null) {
      return Replies.toolCall(request, "search_web", Map.of("query", query));
    }
    StringBuilder summary = new StringBuilder("On '" + query + "':");
    JsonNode hits = parseOrEmpty(results);
    for (JsonNode hit : hits) {
      summary.append(" ").append(hit.path("title").asText()).append(" - ").append(hit.path("snippet").asText());
    }
    if (hits.isEmpty()) {
      summary.append(" nothing found (").append(results).append(")");
    }
    return Replies.text(summary.toString());
  }

  static ModelResponse write(ModelRequest request) {
    String input = Conversation.of(request).lastUserText();
    Matcher m = TOPIC.matcher(input);
    String topic = m.find() ? m.group(1).trim() : "the topic";
    List<String> findings = input.lines().filter(l -> l.matches("\\d+\\. .*")).toList();
    StringBuilder md = new StringBuilder("# " + capitalize(topic) + "\n\n## Findings\n");
    findings.forEach(f -> md.append("\n").append(f));
    md.append("\n\n## Conclusion\n\n").append(capitalize(topic))
        .append(" is best understood through the ").append(findings.size()).append(" angles above.");
    return Replies.json(new ResearchReport(
        "A report on " + topic + " drawn from " + findings.size() + " parallel searches.", md.toString(),
        List.of("What are the main risks of " + topic + "?", "Who are the leading practitioners of " + topic + "?")));
  }

  /** The topic of a request: its words without leading filler and trailing punctuation. */
  static String topic(String text) {
    String t = text.strip().replaceAll("[?.!]+$", "")
        .replaceFirst("(?i)^(please )?(research|tell me about|write a report on|what is|what are|explain)\\s+", "")
        .replaceAll("(?i)[,;]? *(in \\d+ (parallel )?searches|no questions).*$", "");
    return t.length() > 80 ? t.substring(0, 80) : t;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static JsonNode parseOrEmpty(String json) {
    try {
      JsonNode node = Json.parse(json);
      return node.isArray() ? node : Json.mapper().createArrayNode();
    } catch (IllegalArgumentException e) {
      return Json.mapper().createArrayNode();
    }
  }
}
