package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.annotations.ModelTuning;
import io.microagents.model.ModelSettings;
import java.util.Collection;
import java.util.Set;

/** Turns an agent class's {@link ModelTuning} into its {@link ModelSettings}, checking each value. */
final class ModelTuningReader {

  private static final Set<String> CHOICES = Set.of("auto", "required", "none");

  private ModelTuningReader() {}

  /**
   * The settings of the class: {@link ModelSettings#DEFAULT} without {@code @ModelTuning}.
   *
   * @param toolNames the agent's tools and handoff tools, which {@code toolChoice} may name
   * @param moreTools whether tools come later (MCP servers'): a tool choice that names none of
   *     {@code toolNames} is checked when they do
   * @throws AgentDefinitionException naming the class and the setting at fault
   */
  static ModelSettings read(Class<?> agentClass, Collection<String> toolNames, boolean moreTools) {
    ModelTuning t = agentClass.getAnnotation(ModelTuning.class);
    if (t == null) {
      return ModelSettings.DEFAULT;
    }
    if (t.maxOutputTokens() < 0) {
      throw error(agentClass, "maxOutputTokens must be at least 1 (or 0 for the provider's default), got "
          + t.maxOutputTokens());
    }
    String choice = t.toolChoice().isEmpty() ? null : t.toolChoice();
    if (choice != null && !CHOICES.contains(choice) && !toolNames.contains(choice) && !moreTools) {
      throw error(agentClass, "toolChoice '" + choice + "' is neither auto, required, none nor one of its tools "
          + toolNames);
    }
    try {
      return new ModelSettings(
          Double.isNaN(t.temperature()) ? null : t.temperature(),
          Double.isNaN(t.topP()) ? null : t.topP(),
          t.maxOutputTokens() == 0 ? null : t.maxOutputTokens(),
          choice,
          t.parallelToolCalls() ? null : Boolean.FALSE);
    } catch (IllegalArgumentException e) {
      throw error(agentClass, e.getMessage());
    }
  }

  private static AgentDefinitionException error(Class<?> agentClass, String why) {
    return new AgentDefinitionException("Agent class " + agentClass.getName() + ": @ModelTuning " + why);
  }
}
