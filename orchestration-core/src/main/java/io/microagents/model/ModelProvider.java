package io.microagents.model;

/** Resolves a model name (as written on an agent, or a run's override) to a {@link Model}. */
@FunctionalInterface
public interface ModelProvider {

  /**
   * Returns the model for a name.
   *
   * @param name the model name; {@code null} or empty means the provider's default
   */
  Model model(String name);

  /** A provider that answers every name with the same model; handy in tests. */
  static ModelProvider of(Model model) {
    return name -> model;
  }
}
