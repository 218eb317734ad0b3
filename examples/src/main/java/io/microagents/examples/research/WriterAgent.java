package io.microagents.examples.research;

import io.microagents.annotations.Agent;

/** Writes the report from the brief and the searches' summaries. */
@Agent(
    name = "writer",
    outputType = ResearchReport.class,
    instructions = """
        You are a senior researcher. From the research brief and the summarised search \
        results, write a short summary, a well-structured Markdown report, and a few \
        follow-up questions.""")
public class WriterAgent {}
