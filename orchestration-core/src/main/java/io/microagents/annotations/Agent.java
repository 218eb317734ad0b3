package io.microagents.annotations;

import io.microagents.agent.ToolUseBehavior;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as an agent: a name, instructions, tools (its {@link Tool} methods),
 * handoffs and an output type. Found by a package scan or registered by hand, and
 * validated once at startup.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Agent {

  /** The agent's name; defaults to the class's simple name. Unique in a registry. */
  String name() default "";

  /** The system prompt. Leave empty to use {@link #instructionsResource()} or an {@link Instructions} method. */
  String instructions() default "";

  /** A classpath resource holding the instructions, for long prompts. */
  String instructionsResource() default "";

  /** What this agent is for, shown to other agents that can hand off to it or call it as a tool. */
  String handoffDescription() default "";

  /** The model name; empty means the run's or the provider's default. */
  String model() default "";

  /** Agents this one can hand control to, offered to the model as {@code transfer_to_<name>}. */
  Class<?>[] handoffs() default {};

  /** Agents this one can call as tools: each runs its own loop and returns its final output. */
  Class<?>[] agentTools() default {};

  /** The type of the final output; {@code String} (the default) means free text. */
  Class<?> outputType() default String.class;

  /** What happens after tools run. */
  ToolUseBehavior toolUseBehavior() default ToolUseBehavior.RUN_LLM_AGAIN;

  /** With {@link ToolUseBehavior#STOP_AT_TOOLS}: the tools whose output is the final output. */
  String[] stopAtTools() default {};

  /** Turns (model calls) allowed in a run that starts at this agent; 0 uses the run's default. */
  int maxTurns() default 0;

  /**
   * Offer the model the built-in {@code ask_human(question)} tool: the run waits for a
   * person's answer (in-process through the runner's {@code HumanHandler}, durably through a
   * workflow update) and gives it to the model as the tool's output.
   */
  boolean askHuman() default false;

  /** Classes holding {@link InputGuardrail} or {@link OutputGuardrail} methods for this agent. */
  Class<?>[] guardrails() default {};

  /**
   * MCP servers whose tools join this agent's, by the names a worker configures them under
   * (module {@code orchestration-mcp}): which command or URL a name stands for is the
   * worker's business, not the agent's.
   */
  String[] mcpServers() default {};

  /**
   * Tools, by name, whose every call a person approves (as {@link Tool#needsApproval()}):
   * for tools this class does not declare as methods, such as an MCP server's (under their
   * prefixed names). A name that is no tool of the agent fails at startup.
   */
  String[] needsApproval() default {};
}
