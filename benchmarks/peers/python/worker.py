"""A worker for the Python peer: python worker.py <temporal host:port> <task queue>.
The model activity calls the Responses API at OPENAI_BASE_URL (the fake server)."""
import asyncio
import sys
from datetime import timedelta

from agents import set_tracing_disabled
from temporalio.client import Client
from temporalio.openai_agents import ModelActivityParameters, OpenAIAgentsPlugin
from temporalio.worker import Worker

from peer_activities import lookup
from peer_workflow import PeerAgentWorkflow


async def main(address: str, queue: str) -> None:
    set_tracing_disabled(True)  # no trace export to api.openai.com
    plugin = OpenAIAgentsPlugin(model_params=ModelActivityParameters(start_to_close_timeout=timedelta(minutes=1)))
    client = await Client.connect(address, plugins=[plugin])
    worker = Worker(client, task_queue=queue, workflows=[PeerAgentWorkflow], activities=[lookup])
    print("worker ready", flush=True)
    await worker.run()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
