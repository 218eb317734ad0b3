package io.microagents.examples.research;

import io.microagents.annotations.Agent;

/** Writes the questions a person answers before the research starts. */
@Agent(
    name = "clarifier",
    outputType = ClarifyingQuestions.class,
    instructions = """
        Write two or three short questions that would most improve research on the user's \
        request: scope, audience, time frame, depth. Do not answer the request.""")
public class ClarificationAgent {}
