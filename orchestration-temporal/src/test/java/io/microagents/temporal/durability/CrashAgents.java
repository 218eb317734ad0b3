package io.microagents.temporal.durability;

import io.microagents.annotations.Agent;

/**
 * The agents of the crash matrix, one per kill point. The first word of each agent's
 * instructions names its script in {@link CrashScript}; the tools come from {@link CrashTools}.
 */
final class CrashAgents {

  private CrashAgents() {}

  /** Killed while its second model call is in flight. */
  @Agent(name = "crash_model_agent", instructions = "mc: a note, then an answer.")
  public static class ModelCallAgent extends CrashTools {}

  /** Killed while its second tool call runs. */
  @Agent(name = "crash_tool_agent", instructions = "tc: a note, a slow note, then an answer.")
  public static class ToolCallAgent extends CrashTools {}

  /** A conversation, killed while idle between two user turns. */
  @Agent(name = "crash_chat_agent", instructions = "bt: a note, then one answer per message.")
  public static class ChatAgent extends CrashTools {}

  /** Hands off to the specialist at once. */
  @Agent(name = "crash_triage_agent", instructions = "ho_triage: hand off.", handoffs = SpecialistAgent.class)
  public static class TriageAgent extends CrashTools {}

  /** Killed during its first model call, right after the handoff. */
  @Agent(name = "crash_specialist_agent", instructions = "ho_spec: a note, then an answer.")
  public static class SpecialistAgent extends CrashTools {}

  /** One of ten children of a fan-out; five are killed mid-call. */
  @Agent(name = "crash_fan_agent", instructions = "fan: a note, then a result.")
  public static class FanAgent extends CrashTools {}

  /** Killed while waiting for a person's answer. */
  @Agent(name = "crash_human_agent", instructions = "hu: a note, a question, then an answer.", askHuman = true)
  public static class HumanAgent extends CrashTools {}

  /** Uses an inline tool with a {@code Map.of} output, then is killed during its next model call. */
  @Agent(name = "crash_inline_agent", instructions = "in: facts, then an answer.")
  public static class InlineAgent extends CrashTools {}

  /** Every agent of the matrix. */
  static final Class<?>[] ALL = {ModelCallAgent.class, ToolCallAgent.class, ChatAgent.class, TriageAgent.class,
      SpecialistAgent.class, FanAgent.class, HumanAgent.class, InlineAgent.class};
}
