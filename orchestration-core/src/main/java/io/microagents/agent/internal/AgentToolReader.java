package io.microagents.agent.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.ToolDefinition;
import io.microagents.annotations.Agent;
import io.microagents.model.ToolSpec;
import io.microagents.schema.JsonSchemas;
import io.microagents.schema.SchemaProperty;
import java.util.ArrayList;
import java.util.List;

/** Turns {@code @Agent(agentTools = ...)} into tools that run another agent on a text input. */
final class AgentToolReader {

  private static final ObjectNode INPUT_SCHEMA =
      JsonSchemas.parametersSchema(List.of(new SchemaProperty("input", String.class, "")));

  private AgentToolReader() {}

  /**
   * Reads the agent tools of an agent class.
   *
   * @throws AgentDefinitionException when a listed class is not an agent or its name makes no tool name
   */
  static List<ToolDefinition> read(Class<?> source, Agent agent) {
    List<ToolDefinition> result = new ArrayList<>();
    for (Class<?> target : agent.agentTools()) {
      Agent targetAgent = AgentReader.requireAgent(source, target, "an agent tool");
      String targetName = AgentReader.nameOf(target);
      String toolName = Names.snakeCase(targetName);
      if (!Names.isValidToolName(toolName)) {
        throw new AgentDefinitionException("Agent class " + source.getName() + ": agent tool " + target.getName()
            + " gives the invalid tool name '" + toolName + "'; rename the agent");
      }
      String description = targetAgent.handoffDescription().isEmpty()
          ? "Run the " + targetName + " agent"
          : targetAgent.handoffDescription();
      result.add(ToolDefinition.agent(new ToolSpec(toolName, description, INPUT_SCHEMA.deepCopy(), true), targetName));
    }
    return result;
  }
}
