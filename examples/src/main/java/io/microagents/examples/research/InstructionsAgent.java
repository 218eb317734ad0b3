package io.microagents.examples.research;

import io.microagents.annotations.Agent;

/** Turns the request and the user's answers into a research brief. */
@Agent(
    name = "research_instructions",
    instructions = """
        Turn the user's request and their answers to the clarifying questions into a precise \
        research brief of a few sentences: the question, the scope, the audience and the \
        form of the report.""")
public class InstructionsAgent {}
