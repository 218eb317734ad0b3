package io.microagents.spring;

/**
 * A {@code microagents.*} (or {@code spring.temporal.*}) property that cannot work, found at
 * startup: the application stops with a report naming the property and what to do.
 */
public class MicroagentsConfigurationException extends RuntimeException {

  private final String property;
  private final String problem;
  private final String action;

  /**
   * @param property the property at fault, e.g. {@code microagents.agents.planner.maximum-attempts}
   * @param problem what is wrong with it
   * @param action what to do about it
   */
  public MicroagentsConfigurationException(String property, String problem, String action) {
    super(property + ": " + problem + ". " + action);
    this.property = property;
    this.problem = problem;
    this.action = action;
  }

  /** The property at fault. */
  public String property() { return property; }

  /** What is wrong with it. */
  public String problem() { return problem; }

  /** What to do about it. */
  public String action() { return action; }
}
