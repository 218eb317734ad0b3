package io.microagents.agent;

/**
 * An agent declaration is invalid. Thrown at startup (when a registry is built), with a
 * message naming the class and member at fault.
 */
public class AgentDefinitionException extends RuntimeException {

  public AgentDefinitionException(String message) {
    super(message);
  }

  public AgentDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
