"""The tool: returns PEER_KB kilobytes (default 1), like the Java agent's."""
import os

from temporalio import activity

KB = int(os.environ.get("PEER_KB", "1"))


@activity.defn
async def lookup(n: int) -> str:
    """Looks up a value."""
    return "b" * (KB * 1000)
