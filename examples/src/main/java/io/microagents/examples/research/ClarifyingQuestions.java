package io.microagents.examples.research;

import java.util.List;

/**
 * Questions for the user before research starts.
 *
 * @param questions two or three short questions
 */
public record ClarifyingQuestions(List<String> questions) {}
