package io.microagents.agent;

import io.microagents.model.ModelSettings;
import io.microagents.model.OutputSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An agent as the loop runs it: immutable, validated, built from an {@code @Agent} class
 * or by hand with {@link #builder(String)}.
 */
public final class AgentDefinition {

  private final String name;
  private final String instructions;
  private final DynamicInstructions dynamicInstructions;
  private final String handoffDescription;
  private final String model;
  private final ModelSettings modelSettings;
  private final List<ToolDefinition> tools;
  private final List<HandoffDefinition> handoffs;
  private final Class<?> outputType;
  private final OutputSpec outputSpec;
  private final ToolUseBehavior toolUseBehavior;
  private final List<String> stopAtTools;
  private final int maxTurns;
  private final List<GuardrailDefinition> inputGuardrails;
  private final List<GuardrailDefinition> outputGuardrails;
  private final Class<?> agentClass;
  private final List<String> mcpServers;
  private final List<String> needsApproval;

  private AgentDefinition(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    this.instructions = b.instructions == null ? "" : b.instructions;
    this.dynamicInstructions = b.dynamicInstructions;
    this.handoffDescription = b.handoffDescription == null ? "" : b.handoffDescription;
    this.model = b.model == null ? "" : b.model;
    this.modelSettings = b.modelSettings == null ? ModelSettings.DEFAULT : b.modelSettings;
    this.tools = List.copyOf(b.tools);
    this.handoffs = List.copyOf(b.handoffs);
    this.outputType = b.outputType == null ? String.class : b.outputType;
    this.outputSpec = b.outputSpec;
    this.toolUseBehavior = b.toolUseBehavior == null ? ToolUseBehavior.RUN_LLM_AGAIN : b.toolUseBehavior;
    this.stopAtTools = List.copyOf(b.stopAtTools);
    this.maxTurns = b.maxTurns;
    this.inputGuardrails = List.copyOf(b.inputGuardrails);
    this.outputGuardrails = List.copyOf(b.outputGuardrails);
    this.agentClass = b.agentClass;
    this.mcpServers = List.copyOf(b.mcpServers);
    this.needsApproval = List.copyOf(b.needsApproval);
  }

  /** Starts a definition by hand. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this definition's values, to derive another one. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.instructions = instructions;
    b.dynamicInstructions = dynamicInstructions;
    b.handoffDescription = handoffDescription;
    b.model = model;
    b.modelSettings = modelSettings;
    b.tools.addAll(tools);
    b.handoffs.addAll(handoffs);
    b.outputType = outputType;
    b.outputSpec = outputSpec;
    b.toolUseBehavior = toolUseBehavior;
    b.stopAtTools.addAll(stopAtTools);
    b.maxTurns = maxTurns;
    b.inputGuardrails.addAll(inputGuardrails);
    b.outputGuardrails.addAll(outputGuardrails);
    b.agentClass = agentClass;
    b.mcpServers.addAll(mcpServers);
    b.needsApproval.addAll(needsApproval);
    return b;
  }

  /** The unique name. */
  public String name() { return name; }

  /** The static instructions; see {@link #dynamicInstructions()}. */
  public String instructions() { return instructions; }

  /** Instructions computed per call, or {@code null}: they win over the static ones. */
  public DynamicInstructions dynamicInstructions() { return dynamicInstructions; }

  /** What this agent is for, for agents that hand off to it. */
  public String handoffDescription() { return handoffDescription; }

  /** The model name; empty for the run's default. */
  public String model() { return model; }

  /** Model tuning for this agent. */
  public ModelSettings modelSettings() { return modelSettings; }

  /** Function tools and agent tools. */
  public List<ToolDefinition> tools() { return tools; }

  /** Handoffs to other agents. */
  public List<HandoffDefinition> handoffs() { return handoffs; }

  /** The final output's type: String for text. */
  public Class<?> outputType() { return outputType; }

  /** The structured output schema, or {@code null} for text. */
  public OutputSpec outputSpec() { return outputSpec; }

  /** What happens after tools run. */
  public ToolUseBehavior toolUseBehavior() { return toolUseBehavior; }

  /** Tools that end the run with {@link ToolUseBehavior#STOP_AT_TOOLS}. */
  public List<String> stopAtTools() { return stopAtTools; }

  /** Turn limit for runs starting here; 0 for the run's default. */
  public int maxTurns() { return maxTurns; }

  /** Checks on the input of runs starting at this agent. */
  public List<GuardrailDefinition> inputGuardrails() { return inputGuardrails; }

  /** Checks on this agent's final output. */
  public List<GuardrailDefinition> outputGuardrails() { return outputGuardrails; }

  /** The {@code @Agent} class this came from, or {@code null} when built by hand. */
  public Class<?> agentClass() { return agentClass; }

  /**
   * The MCP servers whose tools this agent has yet to receive, by configured name: a worker
   * attaches their tools (module {@code orchestration-mcp}) and clears this list.
   */
  public List<String> mcpServers() { return mcpServers; }

  /**
   * Names of tools not yet among {@link #tools()} (an MCP server's) whose calls a person
   * approves; applied when they are attached.
   */
  public List<String> needsApproval() { return needsApproval; }

  /** The tool with this name, or {@code null}. */
  public ToolDefinition tool(String toolName) {
    for (ToolDefinition t : tools) {
      if (t.name().equals(toolName)) {
        return t;
      }
    }
    return null;
  }

  /** The handoff whose tool has this name, or {@code null}. */
  public HandoffDefinition handoff(String toolName) {
    for (HandoffDefinition h : handoffs) {
      if (h.toolName().equals(toolName)) {
        return h;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "AgentDefinition[" + name + "]";
  }

  /** Builds an {@link AgentDefinition}. */
  public static final class Builder {
    private final String name;
    private String instructions;
    private DynamicInstructions dynamicInstructions;
    private String handoffDescription;
    private String model;
    private ModelSettings modelSettings;
    private final List<ToolDefinition> tools = new ArrayList<>();
    private final List<HandoffDefinition> handoffs = new ArrayList<>();
    private Class<?> outputType;
    private OutputSpec outputSpec;
    private ToolUseBehavior toolUseBehavior;
    private final List<String> stopAtTools = new ArrayList<>();
    private int maxTurns;
    private final List<GuardrailDefinition> inputGuardrails = new ArrayList<>();
    private final List<GuardrailDefinition> outputGuardrails = new ArrayList<>();
    private Class<?> agentClass;
    private final List<String> mcpServers = new ArrayList<>();
    private final List<String> needsApproval = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder instructions(String v) { this.instructions = v; return this; }
    public Builder dynamicInstructions(DynamicInstructions v) { this.dynamicInstructions = v; return this; }
    public Builder handoffDescription(String v) { this.handoffDescription = v; return this; }
    public Builder model(String v) { this.model = v; return this; }
    public Builder modelSettings(ModelSettings v) { this.modelSettings = v; return this; }
    public Builder tool(ToolDefinition v) { this.tools.add(v); return this; }
    public Builder handoff(HandoffDefinition v) { this.handoffs.add(v); return this; }
    public Builder clearHandoffs() { this.handoffs.clear(); return this; }
    public Builder output(Class<?> type, OutputSpec spec) { this.outputType = type; this.outputSpec = spec; return this; }
    public Builder toolUseBehavior(ToolUseBehavior v) { this.toolUseBehavior = v; return this; }
    public Builder stopAtTools(List<String> v) { this.stopAtTools.clear(); this.stopAtTools.addAll(v); return this; }
    public Builder maxTurns(int v) { this.maxTurns = v; return this; }
    public Builder inputGuardrail(GuardrailDefinition v) { this.inputGuardrails.add(v); return this; }
    public Builder outputGuardrail(GuardrailDefinition v) { this.outputGuardrails.add(v); return this; }
    public Builder agentClass(Class<?> v) { this.agentClass = v; return this; }
    /** Adds an MCP server, by its configured name, whose tools this agent gets. */
    public Builder mcpServer(String v) { this.mcpServers.add(Objects.requireNonNull(v, "mcpServer")); return this; }
    /** Sets the MCP servers (replacing those added). */
    public Builder mcpServers(List<String> v) { this.mcpServers.clear(); this.mcpServers.addAll(v); return this; }
    /** Sets the names of tools to be attached later whose calls a person approves. */
    public Builder needsApproval(List<String> v) { this.needsApproval.clear(); this.needsApproval.addAll(v); return this; }
    /** Removes every tool (to put a new list in with {@link #tool}). */
    public Builder clearTools() { this.tools.clear(); return this; }

    public AgentDefinition build() {
      return new AgentDefinition(this);
    }
  }
}
