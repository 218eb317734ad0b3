package io.microagents.examples.research;

import java.util.List;

/**
 * The writer's structured output.
 *
 * @param shortSummary two or three sentences
 * @param markdownReport the full report in Markdown
 * @param followUpQuestions questions worth researching next
 */
public record ResearchReport(String shortSummary, String markdownReport, List<String> followUpQuestions) {}
