package io.microagents.temporal;

import java.util.Set;

/**
 * Which calls run as local activities: the low-latency mode. A local activity runs in the
 * worker that runs the workflow, inside its workflow task, and is recorded in a marker when
 * that task completes — a turn needs one workflow task instead of two dispatches through the
 * server per call. What it costs in guarantees (a completed call can run again if the worker
 * dies before the task completes; retries are driven by the worker; no heartbeat; no live
 * streamed text) is in docs/guarantees.md. Opt in per agent here or with
 * {@code @ActivityPolicy(local = true)} on the agent class; tools only one by one (a tool
 * must be safe to run twice), here or with {@code @ActivityPolicy(local = true)} on the
 * {@code @Tool} method. Taken into a run's definition when it starts: a run keeps its mode
 * across deploys.
 *
 * @param everyAgent every agent's model calls are local
 * @param agents the agents whose model calls are local (when not all are)
 * @param tools the function tools whose calls are local
 */
public record LowLatency(boolean everyAgent, Set<String> agents, Set<String> tools) {

  /** Off: every call is a regular activity. */
  public static final LowLatency OFF = new LowLatency(false, Set.of(), Set.of());

  public LowLatency {
    agents = agents == null ? Set.of() : Set.copyOf(agents);
    tools = tools == null ? Set.of() : Set.copyOf(tools);
  }

  /** Every agent's model calls as local activities; tools stay regular activities. */
  public static LowLatency allModelCalls() {
    return new LowLatency(true, Set.of(), Set.of());
  }

  /** These agents' model calls as local activities. */
  public static LowLatency agents(String... agentNames) {
    return new LowLatency(false, Set.of(agentNames), Set.of());
  }

  /** These settings, with these function tools' calls as local activities too. */
  public LowLatency withTools(String... toolNames) {
    return new LowLatency(everyAgent, agents, Set.of(toolNames));
  }

  /** Whether this agent's model calls are local. */
  public boolean modelCalls(String agentName) {
    return everyAgent || agents.contains(agentName);
  }

  /** Whether this tool's calls are local. */
  public boolean tool(String toolName) {
    return tools.contains(toolName);
  }
}
