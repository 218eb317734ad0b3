package io.microagents.temporal.internal;

import io.microagents.temporal.definition.AgentSnapshot;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * Lists the tools of agents whose tools come from a {@link io.microagents.agent.ToolListing}
 * (MCP servers), once when a run starts: the result is recorded in the run's history, and the
 * run keeps that list. Runs on the tool task queue, where the servers' connections are.
 */
@ActivityInterface
public interface ToolListActivity {

  /** The activity type; the dot keeps it apart from every tool name. */
  String TYPE = "microagents.ListTools";

  /** These agents as they are now, their listed tools listed now (or from a list younger than the refresh interval). */
  @ActivityMethod(name = TYPE)
  List<AgentSnapshot> list(List<String> agents);
}
