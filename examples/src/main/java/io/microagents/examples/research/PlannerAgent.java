package io.microagents.examples.research;

import io.microagents.annotations.Agent;

/** Plans the web searches that answer a research brief. */
@Agent(
    name = "planner",
    outputType = SearchPlan.class,
    instructions = """
        You are a research planner. Given a research brief, list between 3 and 5 web searches \
        that together answer it, each with the reason it helps.""")
public class PlannerAgent {}
