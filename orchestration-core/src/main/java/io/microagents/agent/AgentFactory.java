package io.microagents.agent;

/**
 * Creates the instances of {@code @Agent} classes whose methods are tools, guardrails and
 * instructions. Plug in your own (a DI container, say) to inject clients into agents.
 */
@FunctionalInterface
public interface AgentFactory {

  /** Returns an instance of the agent class. */
  <T> T create(Class<T> agentClass) throws Exception;

  /** The default: the no-arg constructor. */
  static AgentFactory noArg() {
    return new AgentFactory() {
      @Override
      public <T> T create(Class<T> agentClass) throws Exception {
        var constructor = agentClass.getDeclaredConstructor();
        constructor.setAccessible(true); // package-private agent classes are fine too
        return constructor.newInstance();
      }
    };
  }
}
