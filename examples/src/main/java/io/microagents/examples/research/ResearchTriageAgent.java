package io.microagents.examples.research;

import io.microagents.annotations.Agent;

/** Decides whether a research request needs clarifying questions first. */
@Agent(
    name = "research_triage",
    outputType = TriageDecision.class,
    instructions = """
        You triage research requests. Decide whether the request is specific enough to \
        research directly or whether the user should first answer a few clarifying questions \
        (scope, audience, time frame). Name the topic in a few words.""")
public class ResearchTriageAgent {}
