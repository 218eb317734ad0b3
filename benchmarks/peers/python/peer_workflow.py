"""The benchmark scenario on Temporal's Python integration of the OpenAI Agents SDK: one
agent, one tool (an activity, through activity_as_tool); the fake model asks for the tool
N times, then answers. The prompt carries N ("turns=N") so the fake server knows when to stop."""
from datetime import timedelta

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from agents import Agent, Runner
    from temporalio.openai_agents.workflow import activity_as_tool

    from peer_activities import lookup


@workflow.defn(name="PeerAgentWorkflow")
class PeerAgentWorkflow:
    @workflow.run
    async def run(self, prompt: str) -> str:
        turns = int(prompt.split("turns=")[1].split()[0])
        agent = Agent(
            name="bench",
            instructions="Look up values until you have enough, then answer.",
            tools=[activity_as_tool(lookup, start_to_close_timeout=timedelta(minutes=1))],
        )
        result = await Runner.run(agent, input=prompt, max_turns=turns + 1)
        return str(result.final_output)
