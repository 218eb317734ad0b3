package io.microagents.examples.handoffs;

import io.microagents.annotations.Agent;
import io.microagents.examples.weather.WeatherAgent;

/**
 * Routes a question, in one agentic loop, to the agent that can answer it: the loop takes
 * on that agent's instructions and tools and keeps the conversation.
 */
@Agent(
    name = "triage",
    handoffs = {WeatherAgent.class, LocalInfoAgent.class},
    instructions = """
        You are a triage agent. Hand off weather questions to the weather agent and questions \
        about local businesses to the local info agent. Otherwise say briefly what you can help with.""")
public class TriageAgent {}
